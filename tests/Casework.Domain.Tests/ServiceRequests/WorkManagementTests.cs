using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-06: assign, reassign, take ownership and the assignment lock.</summary>
public sealed class WorkManagementTests
{
    [Fact]
    public void SR06_a_caseworker_cannot_assign()
    {
        var sr = AServiceRequest().Raise();
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<Forbidden>(sr.AssignTo(Actors.AnotherCaseworker.AsOwner(), Actors.Caseworker, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR06_a_team_leader_assigns_and_the_change_is_audited()
    {
        var sr = AServiceRequest().InQueueOf(Actors.HomeTeam).Raise();
        var target = Actors.AnotherCaseworker.AsOwner();

        Assert.Null(sr.AssignTo(target, Actors.TeamLeader, Later));

        Assert.Equal(target, sr.Owner);
        var audit = sr.PendingAudit[^1];
        Assert.Equal(("Assigned", $"team {Actors.HomeTeam}", target.ToString()), (audit.Action, audit.Before, audit.After));
    }

    [Fact]
    public void SR06_a_team_leader_reassigns_from_one_caseworker_to_another_team_queue()
    {
        var sr = AServiceRequest().OwnedBy(Actors.Caseworker).Raise();

        Assert.Null(sr.AssignTo(Owner.ForTeam(Actors.OtherTeam), Actors.TeamLeader, Later));

        Assert.Equal(Owner.ForTeam(Actors.OtherTeam), sr.Owner);
    }

    [Fact]
    public void SR06_the_assignment_lock_blocks_assign_and_take_ownership_until_cleared()
    {
        var sr = AServiceRequest().InQueueOf(Actors.HomeTeam).Raise();
        Assert.Null(sr.SetAssignmentLock(true, Actors.TeamLeader, Later));
        var locked = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotAllowedInState>(sr.AssignTo(Actors.AnotherCaseworker.AsOwner(), Actors.TeamLeader, Later));
        Assert.IsType<NotAllowedInState>(sr.TakeOwnership(Actors.Caseworker, Later));
        Assert.IsType<NotAllowedInState>(sr.TakeOwnership(Actors.TeamLeader, Later));
        Assert.Equal(locked, ServiceRequestSnapshot.Of(sr));

        Assert.Null(sr.SetAssignmentLock(false, Actors.TeamLeader, Later));
        Assert.Null(sr.TakeOwnership(Actors.Caseworker, Later));
        Assert.Equal(Actors.Caseworker.AsOwner(), sr.Owner);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SR06_a_caseworker_cannot_set_or_clear_the_assignment_lock(bool locked)
    {
        var sr = AServiceRequest().Raise();
        if (!locked)
        {
            Assert.Null(sr.SetAssignmentLock(true, Actors.TeamLeader, Later));
        }

        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<Forbidden>(sr.SetAssignmentLock(locked, Actors.Caseworker, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR06_locking_twice_is_refused_and_changes_nothing()
    {
        var sr = AServiceRequest().Raise();
        Assert.Null(sr.SetAssignmentLock(true, Actors.TeamLeader, Later));
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotAllowedInState>(sr.SetAssignmentLock(true, Actors.TeamLeader, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR06_a_caseworker_takes_ownership_from_their_own_teams_queue()
    {
        var sr = AServiceRequest().InQueueOf(Actors.HomeTeam).Raise();

        Assert.Null(sr.TakeOwnership(Actors.Caseworker, Later));

        Assert.Equal(Actors.Caseworker.AsOwner(), sr.Owner);
        Assert.Equal("Ownership taken", sr.PendingAudit[^1].Action);
    }

    [Fact]
    public void SR06_a_caseworker_cannot_take_from_another_member_of_staff_but_a_team_leader_can()
    {
        var sr = AServiceRequest().OwnedBy(Actors.AnotherCaseworker).Raise();
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<Forbidden>(sr.TakeOwnership(Actors.Caseworker, Later));
        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));

        Assert.Null(sr.TakeOwnership(Actors.TeamLeader, Later));
        Assert.Equal(Actors.TeamLeader.AsOwner(), sr.Owner);
    }

    [Fact]
    public void SR06_a_caseworker_cannot_take_from_another_teams_queue()
    {
        var sr = AServiceRequest().InQueueOf(Actors.OtherTeam).Raise();
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<Forbidden>(sr.TakeOwnership(Actors.Caseworker, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR06_taking_what_you_already_own_is_refused_and_changes_nothing()
    {
        var sr = AServiceRequest().OwnedBy(Actors.Caseworker).Raise();
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotAllowedInState>(sr.TakeOwnership(Actors.Caseworker, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR06_a_closed_request_refuses_assign_and_take_ownership()
    {
        var sr = AServiceRequest().InQueueOf(Actors.HomeTeam).Raise().DrivenTo(ServiceRequestStatus.Closed);
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotAllowedInState>(sr.AssignTo(Actors.Caseworker.AsOwner(), Actors.TeamLeader, Later));
        Assert.IsType<NotAllowedInState>(sr.TakeOwnership(Actors.TeamLeader, Later));
        Assert.IsType<NotAllowedInState>(sr.TakeOwnership(Actors.Caseworker, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }
}
