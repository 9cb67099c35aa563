using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// Employer complaints (procedure 000): each command loads the complaint and its SR, calls one domain method,
/// queues any letter in the same unit of work and saves once — so the complaint, its SR, the audit trail and the
/// letter change together or not at all.
/// </summary>
public sealed partial class EmployerComplaintHandlers(
    CaseworkDbContext db,
    CurrentActor actors,
    TimeProvider time,
    IWorkingDayCalendar calendar,
    ReferenceNumbers references,
    ComplaintCorrespondence letters,
    IOptions<ComplaintOptions> options,
    CaseworkMetrics metrics,
    ILogger<EmployerComplaintHandlers> logger)
{
    public const string Process = "Employer";

    public async Task<Result<EmployerComplaintDto>> GetAsync(string reference, CancellationToken ct)
    {
        var loaded = await LoadAsync(reference, tracked: false, ct);
        return loaded.IsSuccess ? await ToDtoAsync(loaded.Value!, ct) : loaded.Refusal!;
    }

    /// <summary>EC-02: the employer's complaints and the stage a complaint about <paramref name="issue"/> would be logged at.</summary>
    public async Task<Result<StageProposalDto>> ProposeAsync(
        string? ern, string? issue, DateOnly? receivedOn, CancellationToken ct, string? issueCategory = null)
    {
        var validation = new Validation()
            .Required("employerErn", ern, "Enter the employer's ERN.")
            .Required("issue", issue, "Enter the complaint's issue.")
            .Check(issueCategory is null || ComplaintIssueCategories.Find(issueCategory) is not null, "issueCategory",
                "Choose an issue category from GET /api/complaint-issue-categories.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        if (!await db.Employers.AnyAsync(e => e.Ern == ern!.Trim(), ct))
        {
            return InvalidInput.For("employerErn", $"No employer has ERN {ern}.");
        }

        var received = receivedOn ?? UkClock.Today(time);
        if (received.Year < UkWorkingDayCalendar.FirstSupportedYear || received.Year > UkWorkingDayCalendar.LastSupportedYear)
        {
            return InvalidInput.For("receivedOn", $"Enter a date from {UkWorkingDayCalendar.FirstSupportedYear} to {UkWorkingDayCalendar.LastSupportedYear}.");
        }

        var related = await RelatedAsync(ern!.Trim(), null, ct);
        var category = ComplaintIssueCategories.Find(issueCategory)?.Code;
        var stage = ComplaintStageRule.Propose(category, issue!, received, related);
        return new StageProposalDto(stage.IsSuccess ? stage.Value : null, stage.Refusal?.Reason, ToDtos(related, category, issue!));
    }

    public async Task<IReadOnlyList<AtRiskDto>> AtRiskAsync(int withinDays, CancellationToken ct)
    {
        var open = await db.EmployerComplaints.AsNoTracking()
            .Where(c => c.Stage == ComplaintStage.Resolution && c.ClosedAt == null)
            .Join(db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes(), c => c.Reference, s => s.Reference, (c, s) => new { c, s })
            .Where(x => x.s.Status != ServiceRequestStatus.Closed)
            .ToListAsync(ct);
        var names = await EmployerNamesAsync(open.Select(x => x.c.EmployerErn), ct);
        var today = UkClock.Today(time);
        return open
            .Select(x => new { x.c, x.s, left = x.c.DaysLeft(today, calendar), ackLate = x.c.AcknowledgedOn is null && today > x.c.AcknowledgeBy })
            .Where(x => x.left <= withinDays || x.ackLate || x.c.CloseBreached || x.c.AcknowledgementBreached)
            .OrderBy(x => x.left).ThenBy(x => x.c.Reference, StringComparer.Ordinal)
            .Select(x => new AtRiskDto(
                x.c.Reference, x.c.EmployerErn, names.GetValueOrDefault(x.c.EmployerErn), x.s.Status, x.s.SubStatus, OwnerOf(x.s),
                x.c.CloseBy, x.left, x.c.AcknowledgementBreached || x.ackLate, x.c.CloseBreached || x.left < 0,
                x.left < 0 ? "Past the close-by date" : x.ackLate ? "Not acknowledged in time" : $"{x.left} working days left"))
            .ToList();
    }

    private async Task<Result<(EmployerComplaint Complaint, ServiceRequest Sr)>> LoadAsync(string reference, bool tracked, CancellationToken ct)
    {
        var complaints = tracked ? db.EmployerComplaints : db.EmployerComplaints.AsNoTracking();
        var serviceRequests = tracked ? db.ServiceRequests : db.ServiceRequests.AsNoTracking();
        var complaint = await complaints.FirstOrDefaultAsync(c => c.Reference == reference, ct);
        var sr = complaint is null ? null : await serviceRequests.FirstOrDefaultAsync(s => s.Reference == reference, ct);
        return complaint is null || sr is null
            ? new NotFound($"No employer complaint has reference {reference}.")
            : (complaint, sr);
    }

    private async Task<List<RelatedComplaint>> RelatedAsync(string ern, string? except, CancellationToken ct)
    {
        var rows = await db.EmployerComplaints.AsNoTracking()
            .Where(c => c.EmployerErn == ern && c.Reference != except)
            .Join(db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes(), c => c.Reference, s => s.Reference,
                (c, s) => new { c.Reference, c.Issue, c.ReceivedOn, s.Status, c.CompensationPaid, c.IssueCategory })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.ReceivedOn)
            .Select(r => new RelatedComplaint(r.Reference, r.Issue, r.ReceivedOn, r.Status != ServiceRequestStatus.Closed, r.CompensationPaid, r.IssueCategory))
            .ToList();
    }

    private async Task<Dictionary<string, string>> EmployerNamesAsync(IEnumerable<string> erns, CancellationToken ct)
    {
        var list = erns.Distinct().ToList();
        return await db.Employers.AsNoTracking().Where(e => list.Contains(e.Ern)).ToDictionaryAsync(e => e.Ern, e => e.Name, ct);
    }

    private static List<RelatedComplaintDto> ToDtos(IEnumerable<RelatedComplaint> related, string? category, string issue) =>
        related.Select(r => new RelatedComplaintDto(r.Reference, r.Issue, r.ReceivedOn, r.Open, r.IsSameIssue(category, issue), r.IssueCategory)).ToList();

    private static OwnerDto OwnerOf(ServiceRequest s) => new(s.OwnerKind, s.OwnerStaffNumber, s.OwnerName, s.OwnerTeamCode);

    private async Task<EmployerComplaintDto> ToDtoAsync((EmployerComplaint Complaint, ServiceRequest Sr) loaded, CancellationToken ct)
    {
        var (c, sr) = loaded;
        var name = await db.Employers.AsNoTracking().Where(e => e.Ern == c.EmployerErn).Select(e => e.Name).FirstOrDefaultAsync(ct);
        var outcome = await db.ComplaintRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Reference == c.Reference, ct);
        var related = await RelatedAsync(c.EmployerErn, c.Reference, ct);
        var today = UkClock.Today(time);
        return new EmployerComplaintDto(
            c.Reference, c.EmployerErn, name, c.Stage, sr.Status, sr.SubStatus, OwnerOf(sr), sr.AssignmentLocked,
            c.Issue, c.IssueCategory, c.StageOverrideReason, c.Description, c.ReceivedOn, c.ReferralSource, c.ReferralReason, c.ResolutionCode,
            new PlanDto(
                c.Revision, c.RevisionCount,
                c.Lines.OrderBy(l => l.Number).Select(ToDto).ToList(),
                c.EmployerAgrees, c.TlApproval, c.AwaitsApproval,
                PlanHistory.Of(c.Revisions)),
            new FlagsDto(c.IssuePlanFlag, c.PlanAgreedFlag, c.IssueClosureLetterFlag),
            new DeadlinesDto(
                c.AcknowledgeBy, c.AcknowledgeRule, c.CloseBy, c.CloseRule, c.WaitUntil, c.WaitRule, c.AcknowledgedOn,
                c.DaysLeft(today, calendar),
                c.AcknowledgementBreached || (c.AcknowledgedOn is null && !sr.IsClosed && today > c.AcknowledgeBy),
                c.CloseBreached || (!sr.IsClosed && today > c.CloseBy)),
            c.CompensationPaid,
            outcome?.Outcome,
            ToDtos(related, c.IssueCategory, c.Issue),
            c.Version,
            ComplaintActions.Offered(c, sr).Select(a => new ComplaintActionDto(a.Step, a.Label, a.Role, a.Rule)).ToList());
    }

    internal static PlanLineDto ToDto(PlanLine l) => new(
        l.Number, l.ResolutionType, l.Description, l.Status,
        l.Financial is { } f ? new FinancialDto(f.Kind, f.Amount, f.HoldToOffset, f.Evidence) : null,
        l.AddedInRevision, l.TlDecision, l.TlComment, l.DoneAt, l.DoneBy);
}
