using Casework.Domain.AccountManagers;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.AccountManagers;

/// <summary>AM-02/03: the referral's SR waits for the team leader, then closes with its plan done once decided.</summary>
public sealed class ReferralServiceRequestTests
{
    [Fact]
    public void AM02_a_referral_sr_waits_for_team_leader_approval_with_the_reason_recorded()
    {
        var sr = AServiceRequest().WithActivities(3).OwnedBy(Actors.Caseworker).Raise();

        Assert.Null(ReferralServiceRequest.SendToTeamLeader(sr, "Large employer", Actors.Caseworker, Later));

        Assert.Equal((ServiceRequestStatus.PendingApproval, SubStatuses.PendingApprovalTL), (sr.Status, sr.SubStatus));
        Assert.Equal([true, false, false], sr.Activities.OrderBy(a => a.Number).Select(a => a.Done));
        Assert.Contains("Large employer", Assert.Single(sr.Notes).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AM03_a_decided_referral_closes_its_sr_completed_with_every_activity_done(bool approve)
    {
        var sr = AServiceRequest().WithActivities(3).OwnedBy(Actors.Caseworker).Raise();
        ReferralServiceRequest.SendToTeamLeader(sr, "Large employer", Actors.Caseworker, Later);
        var referral = AccountManagerReferral.Raise(
            new RaiseReferral(sr.Reference, EmployerErn, ReferralKind.Allocate, "Large employer", new(true, true, false), new(40, false, 0)),
            null, Actors.Caseworker, Later).Value!;
        referral.Decide(new ReferralDecision(approve, "AM001", "Decided"), null, Actors.TeamLeader, Later);

        Assert.Null(ReferralServiceRequest.Close(sr, referral, Actors.TeamLeader, Later));

        Assert.Equal((ServiceRequestStatus.Closed, SubStatuses.Completed), (sr.Status, sr.SubStatus));
        Assert.All(sr.Activities, a => Assert.True(a.Done));
        Assert.Contains(approve ? "CMSL8003" : "CMSL8004", sr.Notes[^1].Text, StringComparison.Ordinal);
    }
}
