using Casework.Domain.Common;

namespace Casework.Domain.ServiceRequests;

/// <summary>Work management (SR-06): assign, reassign, take ownership, assignment lock.</summary>
public sealed partial class ServiceRequest
{
    public Refusal? AssignTo(Owner owner, Actor by, DateTimeOffset at)
    {
        if (!by.IsTeamLeader)
        {
            return new Forbidden("Only a team leader can assign or reassign a service request.");
        }

        return Move(owner, "Assigned", by, at);
    }

    public Refusal? TakeOwnership(Actor by, DateTimeOffset at)
    {
        if (OwnerKind == OwnerKind.Staff && OwnerStaffNumber == by.StaffNumber)
        {
            return new NotAllowedInState($"You already own service request {Reference}.");
        }

        var fromOwnTeamQueue = OwnerKind == OwnerKind.Team && OwnerTeamCode == by.TeamCode;
        if (!by.IsTeamLeader && !fromOwnTeamQueue)
        {
            return new Forbidden("Only a team leader can take a service request that another person or team owns.");
        }

        return Move(Owner.ForStaff(by.StaffNumber, by.Name, by.TeamCode), "Ownership taken", by, at);
    }

    public Refusal? SetAssignmentLock(bool locked, Actor by, DateTimeOffset at)
    {
        if (!by.IsTeamLeader)
        {
            return new Forbidden("Only a team leader can set or clear the assignment lock.");
        }

        if (IsClosed)
        {
            return new NotAllowedInState($"Service request {Reference} is closed.");
        }

        if (!locked && Workflow is not null && Status == ServiceRequestStatus.PendingApproval)
        {
            // EC-10: the lock stays on while the team leader's approval is pending.
            return new NotAllowedInState($"Complaint {Reference} is waiting for team leader approval: the assignment stays locked until the decision.");
        }

        if (AssignmentLocked == locked)
        {
            return new NotAllowedInState(locked ? "The assignment is already locked." : "The assignment is not locked.");
        }

        AssignmentLocked = locked;
        Record(by, at, locked ? "Assignment locked" : "Assignment unlocked", (!locked).ToString(), locked.ToString());
        return null;
    }

    private Refusal? Move(Owner owner, string action, Actor by, DateTimeOffset at)
    {
        if (IsClosed)
        {
            return new NotAllowedInState($"Service request {Reference} is closed.");
        }

        if (AssignmentLocked)
        {
            // SR-06: the lock keeps the case where it is until a team leader clears it.
            return new NotAllowedInState($"Service request {Reference} has its assignment locked.");
        }

        if (owner == Owner)
        {
            return new NotAllowedInState($"Service request {Reference} is already with {owner}.");
        }

        var before = Owner.ToString();
        SetOwner(owner);
        Record(by, at, action, before, owner.ToString());
        return null;
    }
}
