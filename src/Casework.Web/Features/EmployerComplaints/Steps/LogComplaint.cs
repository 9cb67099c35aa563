using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>Procedure 000 steps 1–2: log the complaint at the stage the rule proposes (EC-01…EC-04, EC-16).</summary>
public static class LogComplaint
{
    /// <summary>
    /// EC-01…EC-04: logs the complaint as an SR at the stage the rule proposes — Review (routed to the escalated
    /// complaints team, Pending Assignment) or Resolution (with the 2- and 20-working-day deadlines from receipt).
    /// </summary>
    public static async Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, LogComplaintRequest r, CancellationToken ct)
    {
        var today = UkClock.Today(work.Time);
        var validation = new Validation()
            .Required("employerErn", r.EmployerErn, "Enter the employer's ERN.")
            .Enum<RaisedBy>("raisedBy", r.RaisedBy, required: true, "Say who raised it")
            .Enum<Channel>("channel", r.Channel, required: true, "Choose how the complaint arrived")
            .Required("issue", r.Issue, "Enter the complaint's issue.")
            .MaxLength("issue", r.Issue, 200)
            .Required("description", r.Description, "Describe the complaint.")
            .MaxLength("description", r.Description, 4000)
            .MaxLength("referralSource", r.ReferralSource, 100)
            .MaxLength("referralReason", r.ReferralReason, 500)
            .Check(r.ReceivedOn is not null, "receivedOn", "Enter the date the complaint was received.")
            .Check(r.ReceivedOn is null || r.ReceivedOn <= today, "receivedOn", "The date received cannot be in the future.")
            .Check(r.ReceivedOn is null || r.ReceivedOn >= today.AddYears(-1), "receivedOn", "The date received is more than a year ago.")
            .Check(r.IssueCategory is null || ComplaintIssueCategories.Find(r.IssueCategory) is not null, "issueCategory",
                "Choose an issue category from GET /api/complaint-issue-categories.")
            .Enum<ComplaintStage>("stageOverride.stage", r.StageOverride?.Stage, required: r.StageOverride is not null, "Choose the stage to log it at")
            .Check(r.StageOverride is null || !string.IsNullOrWhiteSpace(r.StageOverride.Reason), "stageOverride.reason",
                "Give the reason for overriding the proposed stage.")
            .MaxLength("stageOverride.reason", r.StageOverride?.Reason, ComplaintStageRule.OverrideReasonMaxLength);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var actor = await work.Actors.RequireAsync(ct);
        var employer = await work.Employers.FindAsync(r.EmployerErn!.Trim(), ct);
        if (employer is null)
        {
            return InvalidInput.For("employerErn", $"No employer has ERN {r.EmployerErn}.");
        }

        await using var transaction = await work.Db.Database.BeginTransactionAsync(ct);
        // The one SaveChanges in this transaction needs no savepoint of its own: a failure rolls the whole transaction back.
        work.Db.Database.AutoSavepointsEnabled = false;
        // EC-02: two complaints about one issue logged at the same moment must not both be Resolution, so the employer's
        // row is held (a no-op update locks it on both providers) while its complaints are read and the new one written.
        await work.Db.Employers.Where(e => e.Ern == employer.Ern).ExecuteUpdateAsync(s => s.SetProperty(e => e.Version, e => e.Version), ct);
        var related = await work.View.RelatedAsync(employer.Ern, null, ct);
        var category = ComplaintIssueCategories.Find(r.IssueCategory)?.Code;
        var proposed = ComplaintStageRule.Propose(category, r.Issue!, r.ReceivedOn!.Value, related);
        var requested = r.StageOverride is { } o ? new StageOverride(Validation.ParseEnum<ComplaintStage>(o.Stage!), o.Reason) : null;
        var stage = ComplaintStageRule.Choose(proposed, requested);
        if (!stage.IsSuccess)
        {
            return stage.Refusal!;
        }

        var types = await work.Db.ServiceRequestTypes.AsNoTracking().Where(t => t.Process == EmployerComplaintHandlers.Process && t.Area == "Complaints").ToListAsync(ct);
        var type = types.FirstOrDefault(t => t.Matches(EmployerComplaintHandlers.Process, "Complaints", stage.Value.ToString()));
        if (type is null)
        {
            return new RuleBroken($"Employer / Complaints / {stage.Value} is missing from the service request catalogue.");
        }

        var channel = Validation.ParseEnum<Channel>(r.Channel!);
        var now = work.Time.GetUtcNow();
        // Procedure 000 step 2: a Resolution complaint is the logging caseworker's (employer payments team), not the
        // account manager's; a Review goes to the escalated complaints team's queue (EC-03).
        var owner = stage.Value == ComplaintStage.Review
            ? Owner.ForTeam(type.DefaultTeamCode)
            : Owner.ForStaff(actor.StaffNumber, actor.Name, actor.TeamCode);
        var close = ComplaintDeadlines.CloseBy(r.ReceivedOn.Value, employer.Region, work.Calendar);
        // The reference is taken only once the SR and the complaint are accepted, so a refused log leaves no gap.
        var made = await work.References.WithNextServiceRequestReferenceAsync<(ServiceRequest Sr, EmployerComplaint Complaint)>(
            reference =>
            {
                var sr = ServiceRequest.Raise(
                    new RaiseServiceRequest(reference, type, PartyKind.Employer, employer.Ern, null,
                        Validation.ParseEnum<RaisedBy>(r.RaisedBy!), channel, owner, close, employer.Region),
                    actor, now);
                if (!sr.IsSuccess)
                {
                    return sr.Refusal!;
                }

                var complaint = EmployerComplaint.Log(
                    new Domain.EmployerComplaints.LogComplaint(reference, employer.Ern, employer.Region, stage.Value, r.Issue!, r.Description!, r.ReceivedOn.Value,
                        string.IsNullOrWhiteSpace(r.ReferralSource) ? SourceOf(channel) : r.ReferralSource.Trim(), r.ReferralReason,
                        category, requested is null || requested.Stage == proposed.Value ? null : proposed.Value, requested?.Reason),
                    sr.Value!, work.Calendar, actor, now);
                return complaint.IsSuccess ? (sr.Value!, complaint.Value!) : complaint.Refusal!;
            },
            ct);
        if (!made.IsSuccess)
        {
            return made.Refusal!;
        }

        var (raised, logged) = made.Value;
        work.Db.ServiceRequests.Add(raised);
        work.Db.EmployerComplaints.Add(logged);
        await work.Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        work.Metrics.ServiceRequestRaised(raised);
        return await work.View.ToDtoAsync((logged, raised), ct, related);
    }

    /// <summary>EC-01's sources, named as the procedure names them.</summary>
    private static string SourceOf(Channel channel) => channel switch
    {
        Channel.Phone => "Employer helpline call",
        Channel.Letter => "Letter",
        Channel.Email => "E-mail",
        Channel.Referral => "Team leader referral",
        Channel.Fax => "Fax",
        _ => "Face to face",
    };
}
