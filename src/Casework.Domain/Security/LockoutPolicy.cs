namespace Casework.Domain.Security;

/// <summary>
/// SEC-05: repeated failure locks the identity. <see cref="MaxFailedChecks"/> failed checks whose first and last
/// are at most <see cref="Window"/> apart lock the identity for <see cref="LockFor"/> from the last of them. Pure:
/// the handler passes the identity's recent failure times and the current time.
/// </summary>
public sealed record LockoutPolicy
{
    public LockoutPolicy(int maxFailedChecks, TimeSpan window, TimeSpan lockFor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailedChecks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockFor, TimeSpan.Zero);
        MaxFailedChecks = maxFailedChecks;
        Window = window;
        LockFor = lockFor;
    }

    /// <summary>Three failed checks within thirty minutes lock the identity for thirty minutes.</summary>
    public static LockoutPolicy Default { get; } = new(3, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));

    public int MaxFailedChecks { get; }

    public TimeSpan Window { get; }

    public TimeSpan LockFor { get; }

    /// <summary>How far back the handler must look for failures: anything older can no longer lock.</summary>
    public TimeSpan Lookback => Window + LockFor;

    /// <summary>When the identity's lock ends, or null when it is not locked at <paramref name="now"/>.</summary>
    public DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failedChecksAt, DateTimeOffset now)
    {
        var failures = failedChecksAt.Where(at => at <= now).Order().ToArray();
        DateTimeOffset? until = null;
        for (var last = MaxFailedChecks - 1; last < failures.Length; last++)
        {
            if (failures[last] - failures[last - MaxFailedChecks + 1] <= Window)
            {
                until = failures[last] + LockFor;
            }
        }

        return until > now ? until : null;
    }
}
