using Casework.Domain.Common;

namespace Casework.Domain.ServiceRequests;

/// <summary>
/// Moves made for a workflow that drives the SR's status (an employer complaint, EC-05…EC-14). The workflow checks
/// its own rules and <see cref="CanApply"/> before changing anything, so these apply without refusing half-way.
/// </summary>
public sealed partial class ServiceRequest
{
    public const string EmployerComplaintWorkflow = "EmployerComplaint";

    /// <summary>The workflow that owns this SR's status, or null for an SR moved by the generic status actions.</summary>
    public string? Workflow { get; private set; }

    internal void HandToWorkflow(string workflow) => Workflow = workflow;

    /// <summary>Whether the status table allows the move; the workflow asks before it applies anything.</summary>
    internal Refusal? CanApply(ServiceRequestStatus to, string subStatus) =>
        StatusTransitions.Find(Status, to, subStatus) is null
            ? new NotAllowedInState($"Service request {Reference} cannot move from {Status} / {SubStatus} to {to} / {subStatus}.")
            : null;

    internal void Apply(ServiceRequestStatus to, string subStatus, Actor by, DateTimeOffset at)
    {
        var before = $"{Status} / {SubStatus}";
        Status = to;
        SubStatus = subStatus;
        ClosedAt = to == ServiceRequestStatus.Closed ? at : null;
        Record(by, at, "Status changed", before, $"{Status} / {SubStatus}");
    }

    internal void LockForWorkflow(bool locked, string why, Actor by, DateTimeOffset at)
    {
        if (AssignmentLocked == locked)
        {
            return;
        }

        AssignmentLocked = locked;
        Record(by, at, locked ? "Assignment locked" : "Assignment unlocked", why, locked.ToString());
    }

    internal void ChangeTarget(Deadline target, Actor by, DateTimeOffset at)
    {
        if (TargetDate == target.Date && TargetRule == target.Rule)
        {
            return;
        }

        var before = $"{TargetDate:yyyy-MM-dd}";
        TargetDate = target.Date;
        TargetRule = target.Rule;
        Record(by, at, "Target date changed", before, $"{TargetDate:yyyy-MM-dd} ({TargetRule})");
    }

    internal void TakeOverFor(Owner owner, Actor by, DateTimeOffset at)
    {
        if (owner == Owner)
        {
            return;
        }

        var before = Owner.ToString();
        SetOwner(owner);
        Record(by, at, "Ownership taken", before, owner.ToString());
    }

    internal void CompleteActivityIfOpen(int number, Actor by, DateTimeOffset at)
    {
        if (_activities.FirstOrDefault(a => a.Number == number) is { Done: false } activity)
        {
            activity.MarkDone(by.Name, at);
            Record(by, at, "Activity done", activity.Name, "Done");
        }
    }

    internal IReadOnlyList<string> OpenActivitiesExcept(int number) =>
        _activities.Where(a => !a.Done && a.Number != number).OrderBy(a => a.Number).Select(a => a.Name).ToList();
}
