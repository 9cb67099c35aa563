using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-04: the activity plan comes from the type's template and the SR cannot close while an activity is open.</summary>
public sealed class ActivityPlanTests
{
    [Theory]
    [InlineData(ServiceRequestStatus.InProgress)]
    [InlineData(ServiceRequestStatus.Wait)]
    public void SR04_cannot_close_while_an_activity_is_open(ServiceRequestStatus from)
    {
        var sr = AServiceRequest().WithActivities(3).Raise().DrivenTo(from);
        var before = ServiceRequestSnapshot.Of(sr);

        var refusal = sr.ChangeStatus(ServiceRequestStatus.Closed, SubStatuses.Completed, Actors.TeamLeader, Later);

        var notAllowed = Assert.IsType<NotAllowedInState>(refusal);
        Assert.All(sr.Activities, a => Assert.Contains(a.Name, notAllowed.Reason, StringComparison.Ordinal));
        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void SR04_the_refusal_names_only_the_activities_still_open()
    {
        var sr = AServiceRequest().WithActivities(3).Raise().DrivenTo(ServiceRequestStatus.InProgress);
        Assert.Null(sr.CompleteActivity(2, Actors.Caseworker, Later));

        var refusal = Assert.IsType<NotAllowedInState>(
            sr.ChangeStatus(ServiceRequestStatus.Closed, SubStatuses.Completed, Actors.Caseworker, Later));

        Assert.Contains(CatalogueTypes.ActivityName(1), refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(CatalogueTypes.ActivityName(3), refusal.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(CatalogueTypes.ActivityName(2), refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ServiceRequestStatus.InProgress)]
    [InlineData(ServiceRequestStatus.Wait)]
    public void SR04_can_close_completed_once_every_activity_is_done(ServiceRequestStatus from)
    {
        var sr = AServiceRequest().WithActivities(3).Raise().DrivenTo(from).CompletingEveryActivity(Actors.Caseworker);

        Assert.Null(sr.ChangeStatus(ServiceRequestStatus.Closed, SubStatuses.Completed, Actors.Caseworker, Later, "All done"));

        Assert.Equal((ServiceRequestStatus.Closed, SubStatuses.Completed), (sr.Status, sr.SubStatus));
        Assert.Equal(Later, sr.ClosedAt);
    }

    [Theory]
    [InlineData(ServiceRequestStatus.Open)]
    [InlineData(ServiceRequestStatus.InProgress)]
    [InlineData(ServiceRequestStatus.Wait)]
    [InlineData(ServiceRequestStatus.PendingAssignment)]
    public void SR04_cancel_is_allowed_with_activities_open(ServiceRequestStatus from)
    {
        var sr = AServiceRequest().WithActivities(3).Raise().DrivenTo(from);

        Assert.Null(sr.ChangeStatus(ServiceRequestStatus.Closed, SubStatuses.Cancelled, Actors.TeamLeader, Later, "Raised in error"));

        Assert.Equal((ServiceRequestStatus.Closed, SubStatuses.Cancelled), (sr.Status, sr.SubStatus));
        Assert.All(sr.Activities, a => Assert.False(a.Done));
    }

    [Fact]
    public void SR04_raising_copies_the_types_activity_plan_numbered_from_one()
    {
        var sr = AServiceRequest().WithActivities(4).Raise();

        Assert.Equal([1, 2, 3, 4], sr.Activities.Select(a => a.Number));
        Assert.Equal(
            Enumerable.Range(1, 4).Select(CatalogueTypes.ActivityName),
            sr.Activities.Select(a => a.Name));
        Assert.All(sr.Activities, a => Assert.False(a.Done));
    }

    [Fact]
    public void SR04_completing_an_activity_records_who_and_when()
    {
        var sr = AServiceRequest().Raise();

        Assert.Null(sr.CompleteActivity(1, Actors.Caseworker, Later));

        var done = sr.Activities[0];
        Assert.True(done.Done);
        Assert.Equal((Later, Actors.Caseworker.Name), (done.DoneAt!.Value, done.DoneBy));
        Assert.All(sr.Activities.Skip(1), a => Assert.False(a.Done));
    }

    [Fact]
    public void SR04_no_activity_can_be_completed_once_closed()
    {
        var sr = AServiceRequest().Raise().DrivenTo(ServiceRequestStatus.Closed);
        var before = ServiceRequestSnapshot.Of(sr);

        Assert.IsType<NotAllowedInState>(sr.CompleteActivity(1, Actors.TeamLeader, Later));

        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }
}
