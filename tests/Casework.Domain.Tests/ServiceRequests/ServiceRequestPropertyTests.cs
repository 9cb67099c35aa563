using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using CsCheck;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-04 / SR-05 / SR-06 / SR-08 hold after every step of any run of commands by anyone.</summary>
public sealed class ServiceRequestPropertyTests
{
    [Fact]
    public void SR05_SR08_any_run_of_commands_keeps_the_invariants()
    {
        var closedCompleted = 0;
        var refusals = 0;

        ServiceRequestGen.Steps.Sample(
            steps =>
            {
                var sr = AServiceRequest().WithActivities(ServiceRequestGen.ActivityCount).Raise();
                var successes = 0;
                foreach (var step in steps)
                {
                    var before = ServiceRequestSnapshot.Of(sr);
                    var refusal = step.Command.Apply(sr, step.By, Later);
                    var after = ServiceRequestSnapshot.Of(sr);

                    if (refusal is not null)
                    {
                        // SR-05: a refused command is never half-applied.
                        Assert.Equal(before, after);
                        Interlocked.Increment(ref refusals);
                    }
                    else
                    {
                        successes++;
                        Assert.Equal(before.Version + 1, after.Version);
                        AssertAcceptedStatusChangeIsInTheTable(step, before);
                    }

                    // SR-08: one record for raising plus one per change, and the version counts them.
                    Assert.Equal(1 + successes, sr.Version);
                    Assert.Equal(sr.Version, sr.PendingAudit.Count);

                    if (before.Status == ServiceRequestStatus.Closed)
                    {
                        Assert.Equal((before.Status, before.SubStatus), (after.Status, after.SubStatus));
                    }

                    if (sr.SubStatus == SubStatuses.Completed)
                    {
                        // SR-04: closed as completed only with the whole plan done.
                        Assert.All(sr.Activities, a => Assert.True(a.Done));
                        Interlocked.Increment(ref closedCompleted);
                    }

                    Assert.Equal(sr.IsClosed, sr.ClosedAt is not null);
                }
            },
            iter: 2000);

        // The generators must reach the interesting corners, or the property proves little.
        Assert.True(closedCompleted > 0, "no step closed an SR as completed");
        Assert.True(refusals > 0, "no command was refused");
    }

    private static void AssertAcceptedStatusChangeIsInTheTable(Step step, ServiceRequestSnapshot before)
    {
        if (step.Command is not ChangeStatusCommand change)
        {
            return;
        }

        var sub = string.IsNullOrWhiteSpace(change.SubStatus)
            ? StatusTransitions.DefaultSubStatus(before.Status, change.To)
            : change.SubStatus;
        var move = StatusTransitions.Find(before.Status, change.To, sub);
        Assert.NotNull(move);
        Assert.Contains(move.Roles, step.By.IsIn);
    }
}
