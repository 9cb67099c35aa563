using Casework.Domain.Calendar;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>The complaint as the API and pages answer it, and the employer's other complaints (EC-02).</summary>
public sealed class ComplaintView(CaseworkDbContext db, EmployerReads employers, TimeProvider time, IWorkingDayCalendar calendar)
{
    /// <param name="loaded">The complaint and its SR.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="related">The employer's other complaints when the caller has just read them (logging does, under the employer's lock).</param>
    public async Task<EmployerComplaintDto> ToDtoAsync(
        (EmployerComplaint Complaint, ServiceRequest Sr) loaded, CancellationToken ct, IReadOnlyList<RelatedComplaint>? related = null)
    {
        var (c, sr) = loaded;
        var name = await employers.NameAsync(c.EmployerErn, ct);
        var outcome = await db.ComplaintRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Reference == c.Reference, ct);
        related ??= await RelatedAsync(c.EmployerErn, c.Reference, ct);
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

    public async Task<List<RelatedComplaint>> RelatedAsync(string ern, string? except, CancellationToken ct)
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

    public static List<RelatedComplaintDto> ToDtos(IEnumerable<RelatedComplaint> related, string? category, string issue) =>
        related.Select(r => new RelatedComplaintDto(r.Reference, r.Issue, r.ReceivedOn, r.Open, r.IsSameIssue(category, issue), r.IssueCategory)).ToList();

    public static OwnerDto OwnerOf(ServiceRequest s) => new(s.OwnerKind, s.OwnerStaffNumber, s.OwnerName, s.OwnerTeamCode);

    public static PlanLineDto ToDto(PlanLine l) => new(
        l.Number, l.ResolutionType, l.Description, l.Status,
        l.Financial is { } f ? new FinancialDto(f.Kind, f.Amount, f.HoldToOffset, f.Evidence) : null,
        l.AddedInRevision, l.TlDecision, l.TlComment, l.DoneAt, l.DoneBy);
}
