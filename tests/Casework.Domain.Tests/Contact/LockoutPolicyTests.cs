using Casework.Domain.Contact;
using Casework.Domain.Security;
using CsCheck;

namespace Casework.Domain.Tests.Contact;

/// <summary>SEC-05: three failed checks within thirty minutes lock the identity for thirty minutes (values are a record).</summary>
public sealed class LockoutPolicyTests
{
    private static readonly DateTimeOffset _now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly LockoutPolicy _policy = LockoutPolicy.Default;

    [Fact]
    public void SEC05_two_failures_do_not_lock() =>
        Assert.Null(_policy.LockedUntil([_now.AddMinutes(-2), _now.AddMinutes(-1)], _now));

    [Fact]
    public void SEC05_three_failures_within_thirty_minutes_lock_for_thirty_minutes_from_the_last() =>
        Assert.Equal(_now.AddMinutes(29), _policy.LockedUntil([_now.AddMinutes(-31), _now.AddMinutes(-10), _now.AddMinutes(-1)], _now));

    [Fact]
    public void SEC05_three_failures_spread_over_more_than_thirty_minutes_do_not_lock() =>
        Assert.Null(_policy.LockedUntil([_now.AddMinutes(-40), _now.AddMinutes(-9), _now.AddMinutes(-1)], _now));

    [Fact]
    public void SEC05_the_lock_ends_after_its_period() =>
        Assert.Null(_policy.LockedUntil([_now.AddMinutes(-50), _now.AddMinutes(-40), _now.AddMinutes(-30)], _now));

    [Fact]
    public void SEC05_the_policy_values_are_passed_in()
    {
        var strict = new LockoutPolicy(2, TimeSpan.FromHours(1), TimeSpan.FromHours(24));

        Assert.Equal(_now.AddMinutes(-50).AddHours(24), strict.LockedUntil([_now.AddMinutes(-55), _now.AddMinutes(-50)], _now));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LockoutPolicy(0, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void SEC05_failures_in_the_future_are_ignored() =>
        Assert.Null(_policy.LockedUntil([_now.AddMinutes(1), _now.AddMinutes(2), _now.AddMinutes(3)], _now));

    [Fact]
    public void SEC05_locked_exactly_when_some_three_failures_within_the_window_ended_less_than_the_lock_period_ago() =>
        Gen.Int[0, 120].Array[0, 8].Sample(minutesAgo =>
        {
            var failures = minutesAgo.Select(m => _now.AddMinutes(-m)).ToArray();
            var sorted = failures.Order().ToArray();
            var expected = Enumerable.Range(2, Math.Max(0, sorted.Length - 2))
                .Where(i => sorted[i] - sorted[i - 2] <= TimeSpan.FromMinutes(30) && sorted[i].AddMinutes(30) > _now)
                .Select(i => (DateTimeOffset?)sorted[i].AddMinutes(30))
                .LastOrDefault();
            var until = _policy.LockedUntil(failures, _now);
            return until == expected && (until is null || until > _now);
        });
}
