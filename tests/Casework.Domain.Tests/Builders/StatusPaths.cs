using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.Builders;

/// <summary>Finds and walks legal routes through <see cref="StatusTransitions.Table"/> (SR-05).</summary>
public static class StatusPaths
{
    /// <summary>The shortest list of moves from Open to <paramref name="target"/>, or null if it cannot be reached.</summary>
    public static IReadOnlyList<StatusTransition>? FromOpenTo(ServiceRequestStatus target)
    {
        var cameBy = new Dictionary<ServiceRequestStatus, StatusTransition?> { [ServiceRequestStatus.Open] = null };
        var queue = new Queue<ServiceRequestStatus>([ServiceRequestStatus.Open]);
        while (queue.Count > 0 && !cameBy.ContainsKey(target))
        {
            foreach (var move in StatusTransitions.From(queue.Dequeue()))
            {
                if (cameBy.TryAdd(move.To, move))
                {
                    queue.Enqueue(move.To);
                }
            }
        }

        if (!cameBy.TryGetValue(target, out var last))
        {
            return null;
        }

        var path = new List<StatusTransition>();
        for (var step = last; step is not null; step = cameBy[step.From])
        {
            path.Insert(0, step);
        }

        return path;
    }

    /// <summary>Walks the SR to <paramref name="target"/> by legal moves made by someone the table allows.</summary>
    public static ServiceRequest DrivenTo(this ServiceRequest sr, ServiceRequestStatus target)
    {
        var path = FromOpenTo(target);
        Assert.True(path is not null, $"{target} cannot be reached from Open");
        foreach (var move in path)
        {
            var refusal = sr.ChangeStatus(move.To, move.SubStatus, Actors.WithRoles(move.Roles[0]), ServiceRequestBuilder.Later, "Reached for the test");
            Assert.Null(refusal);
        }

        Assert.Equal(target, sr.Status);
        return sr;
    }

    public static ServiceRequest CompletingEveryActivity(this ServiceRequest sr, Actor by)
    {
        foreach (var activity in sr.Activities.Where(a => !a.Done))
        {
            Assert.Null(sr.CompleteActivity(activity.Number, by, ServiceRequestBuilder.Later));
        }

        return sr;
    }
}
