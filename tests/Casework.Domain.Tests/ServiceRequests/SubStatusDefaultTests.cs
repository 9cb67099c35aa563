using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-05: how a move is read when the caller names no sub-status, or names it in another case.</summary>
public sealed class SubStatusDefaultTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void SR05_no_sub_status_takes_the_tables_sub_status_for_the_move(string? subStatus)
    {
        var sr = AServiceRequest().Raise();

        Assert.Null(sr.ChangeStatus(ServiceRequestStatus.InProgress, subStatus, Actors.Caseworker, Later));

        Assert.Equal(SubStatuses.InProgress, sr.SubStatus);
    }

    [Fact]
    public void SR05_closing_an_open_request_without_a_sub_status_cancels_it()
    {
        var sr = AServiceRequest().Raise();

        Assert.Null(sr.ChangeStatus(ServiceRequestStatus.Closed, null, Actors.Caseworker, Later, "Raised in error"));

        Assert.Equal(SubStatuses.Cancelled, sr.SubStatus);
        Assert.Equal(Later, sr.ClosedAt);
    }

    [Fact]
    public void SR05_sub_status_is_matched_without_regard_to_case_and_stored_as_the_table_spells_it()
    {
        var sr = AServiceRequest().Raise();

        Assert.Null(sr.ChangeStatus(ServiceRequestStatus.PendingAssignment, "pendingassignment", Actors.Caseworker, Later));

        Assert.Equal(SubStatuses.PendingAssignment, sr.SubStatus);
    }

    [Fact]
    public void SR05_a_move_with_no_table_row_and_no_sub_status_is_refused_not_in_state()
    {
        var sr = AServiceRequest().Raise();
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotAllowedInState>(sr.ChangeStatus(ServiceRequestStatus.Wait, null, Actors.TeamLeader, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR05_a_request_raised_is_open_with_sub_status_open()
    {
        var sr = AServiceRequest().Raise();

        Assert.Equal((ServiceRequestStatus.Open, SubStatuses.Open), (sr.Status, sr.SubStatus));
        Assert.Null(sr.ClosedAt);
    }
}
