using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-05: the status machine accepts exactly the moves in the table and refuses the rest, whole.</summary>
public sealed class StatusMachineTests
{
    private static readonly string[] _subStatuses =
    [
        SubStatuses.Open, SubStatuses.InProgress, SubStatuses.Wait, SubStatuses.PendingAssignment,
        SubStatuses.PendingApprovalTL, SubStatuses.Completed, SubStatuses.Cancelled,
    ];

    /// <summary>Every status × status × sub-status combination that is (or is not) a row of the table.</summary>
    public static TheoryData<ServiceRequestStatus, ServiceRequestStatus, string> Moves(bool inTable)
    {
        var data = new TheoryData<ServiceRequestStatus, ServiceRequestStatus, string>();
        foreach (var from in Enum.GetValues<ServiceRequestStatus>())
        {
            foreach (var to in Enum.GetValues<ServiceRequestStatus>())
            {
                foreach (var subStatus in _subStatuses)
                {
                    if ((StatusTransitions.Find(from, to, subStatus) is not null) == inTable)
                    {
                        data.Add(from, to, subStatus);
                    }
                }
            }
        }

        return data;
    }

    public static TheoryData<ServiceRequestStatus, ServiceRequestStatus, string, string> EveryTableMoveByEveryRole()
    {
        var data = new TheoryData<ServiceRequestStatus, ServiceRequestStatus, string, string>();
        foreach (var move in StatusTransitions.Table)
        {
            foreach (var role in StaffRoles.All)
            {
                data.Add(move.From, move.To, move.SubStatus, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Moves), true)]
    public void SR05_every_move_in_the_table_is_accepted(ServiceRequestStatus from, ServiceRequestStatus to, string subStatus)
    {
        // No activities, so SR-04 never stands in the way of Closed / Completed.
        var sr = AServiceRequest().WithActivities(0).Raise().DrivenTo(from);
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.Null(sr.ChangeStatus(to, subStatus, Actors.TeamLeader, Later, "Test reason"));

        Assert.Equal((to, subStatus), (sr.Status, sr.SubStatus));
        Assert.Equal(before.Version + 1, sr.Version);
        Assert.Equal(before.PendingAudit + 1, sr.PendingAudit.Count);
    }

    [Fact]
    public void SR05_the_table_names_only_known_sub_statuses_and_every_status_is_reachable_from_open()
    {
        Assert.All(StatusTransitions.Table, t => Assert.Contains(t.SubStatus, _subStatuses));
        Assert.All(Enum.GetValues<ServiceRequestStatus>(), s => Assert.NotNull(StatusPaths.FromOpenTo(s)));
        Assert.Equal(
            StatusTransitions.Table.Count,
            StatusTransitions.Table.Select(t => (t.From, t.To, t.SubStatus)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Moves), false)]
    public void SR05_illegal_transition_is_refused_and_changes_nothing(ServiceRequestStatus from, ServiceRequestStatus to, string subStatus)
    {
        foreach (var actor in new[] { Actors.Caseworker, Actors.TeamLeader })
        {
            var sr = AServiceRequest().WithActivities(0).Raise().DrivenTo(from);
            var before = ServiceRequestSnapshot.Of(sr);

            var refusal = Assert.IsType<NotAllowedInState>(sr.ChangeStatus(to, subStatus, actor, Later));

            Assert.Contains($"{to} / {subStatus}", refusal.Reason, StringComparison.Ordinal);
            Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
        }
    }

    [Fact]
    public void SR05_the_two_move_lists_together_cover_every_combination()
    {
        var all = Enum.GetValues<ServiceRequestStatus>().Length;
        Assert.Equal(all * all * _subStatuses.Length, Moves(inTable: true).Count + Moves(inTable: false).Count);
        Assert.Equal(StatusTransitions.Table.Count, Moves(inTable: true).Count);
    }

    [Theory]
    [MemberData(nameof(EveryTableMoveByEveryRole))]
    public void SR05_a_move_is_allowed_exactly_for_the_roles_the_table_lists(
        ServiceRequestStatus from, ServiceRequestStatus to, string subStatus, string role)
    {
        var sr = AServiceRequest().WithActivities(0).Raise().DrivenTo(from);
        var before = ServiceRequestSnapshot.Of(sr);
        var allowed = StatusTransitions.Find(from, to, subStatus)!.Roles.Contains(role);

        var refusal = sr.ChangeStatus(to, subStatus, Actors.WithRoles(role), Later, "Test reason");

        if (allowed)
        {
            Assert.Null(refusal);
            Assert.Equal(to, sr.Status);
        }
        else
        {
            Assert.IsType<Forbidden>(refusal);
            Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
        }
    }

    [Theory]
    [InlineData(ServiceRequestStatus.PendingApproval, ServiceRequestStatus.InProgress, SubStatuses.InProgress)]
    [InlineData(ServiceRequestStatus.PendingAssignment, ServiceRequestStatus.Closed, SubStatuses.Cancelled)]
    public void SR05_a_caseworker_cannot_make_a_team_leader_move(ServiceRequestStatus from, ServiceRequestStatus to, string subStatus)
    {
        var sr = AServiceRequest().Raise().DrivenTo(from);
        var before = ServiceRequestSnapshot.Of(sr);

        var refusal = Assert.IsType<Forbidden>(sr.ChangeStatus(to, subStatus, Actors.Caseworker, Later));

        Assert.Contains(StaffRoles.TeamLeader, refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
        Assert.Null(sr.ChangeStatus(to, subStatus, Actors.TeamLeader, Later, "Test reason"));
    }

    [Fact]
    public void SR05_available_transitions_are_the_table_rows_the_actor_may_use()
    {
        var sr = AServiceRequest().Raise().DrivenTo(ServiceRequestStatus.PendingApproval);

        Assert.Empty(sr.AvailableTransitions(Actors.Caseworker));
        Assert.Equal(
            StatusTransitions.From(ServiceRequestStatus.PendingApproval),
            sr.AvailableTransitions(Actors.TeamLeader));
    }
}
