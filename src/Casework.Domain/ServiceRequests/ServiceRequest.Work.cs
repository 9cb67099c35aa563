using System.Globalization;
using Casework.Domain.Common;

namespace Casework.Domain.ServiceRequests;

public sealed partial class ServiceRequest
{
    public Refusal? AddNote(string text, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return InvalidInput.For("text", "Enter the note.");
        }

        _notes.Add(new Note(text.Trim(), by.Name, at));
        Record(by, at, "Note added", null, text.Trim());
        return null;
    }

    public Refusal? CompleteActivity(int number, Actor by, DateTimeOffset at)
    {
        var activity = _activities.FirstOrDefault(a => a.Number == number);
        if (activity is null)
        {
            return new NotFound($"Service request {Reference} has no activity {number}.");
        }

        if (Workflow is not null)
        {
            // A workflow SR's plan (the employer complaint's agree, complete, closure letter) ticks itself as its own
            // actions are taken; ticking it by hand would skip the team leader's approval (issue 10 item 4).
            return new NotAllowedInState($"'{activity.Name}' on {Reference} is done through the complaint's own actions, not ticked by hand.");
        }

        if (IsClosed)
        {
            return new NotAllowedInState($"Service request {Reference} is closed.");
        }

        if (activity.Done)
        {
            return new NotAllowedInState($"Activity '{activity.Name}' is already done.");
        }

        activity.MarkDone(by.Name, at);
        Record(by, at, "Activity done", activity.Name, "Done");
        return null;
    }

    /// <param name="reason">Why: required to cancel (SR-12) and written to the audit trail with the move; optional otherwise.</param>
    public Refusal? ChangeStatus(ServiceRequestStatus to, string? subStatus, Actor by, DateTimeOffset at, string? reason = null)
    {
        if (Workflow == EmployerComplaintWorkflow)
        {
            // EC-05…EC-14: a logged complaint moves only through its complaint actions, which keep the plan, flags and letters in step.
            return new NotAllowedInState($"Complaint {Reference} changes status through its complaint actions (valid, invalid, plan, close), not directly.");
        }

        var wanted = string.IsNullOrWhiteSpace(subStatus) ? StatusTransitions.DefaultSubStatus(Status, to) : subStatus;
        var transition = StatusTransitions.Find(Status, to, wanted);
        if (transition is null)
        {
            return new NotAllowedInState($"A service request cannot move from {Status} to {to} / {wanted}.");
        }

        if (!transition.Roles.Any(by.IsIn))
        {
            return new Forbidden($"'{transition.Label}' needs the role {string.Join(" or ", transition.Roles)}.");
        }

        var open = _activities.Where(a => !a.Done).Select(a => a.Name).ToList();
        if (transition.SubStatus == SubStatuses.Completed && open.Count > 0)
        {
            // SR-04: an SR cannot close while an activity is open.
            var count = open.Count == 1 ? "1 activity is" : string.Create(CultureInfo.InvariantCulture, $"{open.Count} activities are");
            return new NotAllowedInState($"It cannot close: {count} still open: {string.Join(", ", open)}.");
        }

        if (transition.NeedsReason && string.IsNullOrWhiteSpace(reason))
        {
            // SR-12: cancelling needs a reason, kept in the audit trail.
            return InvalidInput.For("reason", $"Enter why you are choosing '{transition.Label}'.");
        }

        var before = $"{Status} / {SubStatus}";
        Status = to;
        SubStatus = transition.SubStatus;
        ClosedAt = to == ServiceRequestStatus.Closed ? at : null;
        var after = $"{Status} / {SubStatus}";
        Record(by, at, "Status changed", before, string.IsNullOrWhiteSpace(reason) ? after : $"{after} (reason: {reason.Trim()})");
        return null;
    }
}
