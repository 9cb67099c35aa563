using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>
/// What a caseworker logs (EC-01, EC-04); the handler has already raised the SR at <see cref="Stage"/>. EC-16: the issue
/// category's code, and — when the caseworker overrode the proposal — the stage proposed and the reason.
/// </summary>
public sealed record LogComplaint(
    string Reference,
    string EmployerErn,
    Region Region,
    ComplaintStage Stage,
    string Issue,
    string Description,
    DateOnly ReceivedOn,
    string ReferralSource,
    string? ReferralReason,
    string? IssueCategory = null,
    ComplaintStage? ProposedStage = null,
    string? OverrideReason = null);

public sealed partial class EmployerComplaint
{
    public static Result<EmployerComplaint> Log(LogComplaint request, ServiceRequest sr, IWorkingDayCalendar calendar, Actor by, DateTimeOffset at)
    {
        if (!by.IsIn(StaffRoles.Caseworker))
        {
            return new Forbidden("Only a caseworker can log an employer complaint.");
        }

        if (sr.Status != ServiceRequestStatus.Open || sr.Reference != request.Reference)
        {
            return new NotAllowedInState($"Service request {sr.Reference} is not a newly raised complaint.");
        }

        if (string.IsNullOrWhiteSpace(request.Issue) || string.IsNullOrWhiteSpace(request.Description))
        {
            return InvalidInput.For(string.IsNullOrWhiteSpace(request.Issue) ? "issue" : "description", "Enter the complaint's issue and description.");
        }

        var overridden = request.ProposedStage is not null && !string.IsNullOrWhiteSpace(request.OverrideReason);
        if (request.ProposedStage is not null && !overridden)
        {
            return InvalidInput.For("stageOverride.reason", "Give the reason for overriding the proposed stage.");
        }

        var acknowledge = ComplaintDeadlines.AcknowledgeBy(request.ReceivedOn, request.Region, calendar);
        var close = ComplaintDeadlines.CloseBy(request.ReceivedOn, request.Region, calendar);
        var complaint = new EmployerComplaint
        {
            Reference = request.Reference,
            EmployerErn = request.EmployerErn,
            Region = request.Region,
            Stage = request.Stage,
            Issue = request.Issue.Trim(),
            IssueCategory = string.IsNullOrWhiteSpace(request.IssueCategory) ? null : request.IssueCategory.Trim(),
            StageOverrideReason = overridden ? request.OverrideReason!.Trim() : null,
            Description = request.Description.Trim(),
            ReceivedOn = request.ReceivedOn,
            ReferralSource = request.ReferralSource,
            ReferralReason = string.IsNullOrWhiteSpace(request.ReferralReason) ? null : request.ReferralReason.Trim(),
            LoggedBy = by.Label,
            LoggedAt = at,
            Revision = 1,
            AcknowledgeBy = acknowledge.Date,
            AcknowledgeRule = acknowledge.Rule,
            CloseBy = close.Date,
            CloseRule = close.Rule,
        };
        complaint.Record(by, at, "Employer complaint logged", null, $"{request.Stage}: {complaint.Issue}; received {request.ReceivedOn:yyyy-MM-dd}");
        if (overridden)
        {
            // EC-16: the caseworker's override of the proposed stage is audited with its reason.
            complaint.Record(by, at, "Proposed stage overridden", request.ProposedStage.ToString(), $"{request.Stage}: {complaint.StageOverrideReason}");
        }

        if (request.Stage == ComplaintStage.Review)
        {
            // EC-03: a note with the issue, then Pending Assignment — the SR's owner is already the escalated complaints team.
            sr.AddNote($"Complaint review: {complaint.Issue}. {complaint.Description}", by, at);
            sr.Apply(ServiceRequestStatus.PendingAssignment, SubStatuses.PendingAssignment, by, at);
            return complaint;
        }

        sr.HandToWorkflow(ServiceRequest.EmployerComplaintWorkflow);
        sr.ChangeTarget(close, by, at);
        return complaint;
    }

    /// <summary>EC-05: resolved by an apology or found invalid — closed as cancelled with resolution code Invalid.</summary>
    public Refusal? CloseAsInvalid(ServiceRequest sr, string note, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.CloseAsInvalid) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return InvalidInput.For("note", "Record the action taken (for example the apology given).");
        }

        sr.AddNote($"Complaint closed as invalid: {note.Trim()}", by, at);
        ResolutionCode = ResolutionCodes.Invalid;
        ClosedAt = at;
        sr.Apply(ServiceRequestStatus.Closed, SubStatuses.Cancelled, by, at);
        Record(by, at, "Resolution code set", null, ResolutionCode);
        return null;
    }

    /// <summary>EC-06: a valid complaint goes In Progress, owned by the caseworker; the handler queues CMSL8500 in the same save.</summary>
    public Refusal? AcceptAsValid(ServiceRequest sr, DateOnly today, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.AcceptAsValid) is { } refused)
        {
            return refused;
        }

        sr.Apply(ServiceRequestStatus.InProgress, SubStatuses.InProgress, by, at);
        sr.TakeOverFor(Owner.ForStaff(by.StaffNumber, by.Name, by.TeamCode), by, at);
        sr.CompleteActivityIfOpen(Activities.Acknowledge, by, at);
        AcknowledgedOn = today;
        AcknowledgementBreached = today > AcknowledgeBy;
        Record(by, at, "Complaint accepted as valid", null, $"Acknowledged {today:yyyy-MM-dd} (due {AcknowledgeBy:yyyy-MM-dd})");
        return null;
    }

    /// <summary>Positions in the Resolution activity plan of the catalogue.</summary>
    public static class Activities
    {
        public const int Acknowledge = 1;
        public const int AgreePlan = 2;
        public const int CompletePlan = 3;
        public const int ClosureLetter = 4;
    }
}
