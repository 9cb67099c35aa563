using System.Security.Cryptography;

namespace Casework.Domain.Security;

/// <summary>
/// The randomness behind the choice of security questions (SEC-01/02/03), injected so that tests can seed it.
/// </summary>
public interface IRandomSource
{
    /// <summary>A uniformly chosen integer in [0, <paramref name="maxExclusive"/>).</summary>
    int Next(int maxExclusive);
}

/// <summary>
/// For live calls: a caller who could predict which questions come next could prepare for just those, so the
/// choice uses the operating system's cryptographic generator rather than <see cref="Random"/>.
/// </summary>
public sealed class SecureRandomSource : IRandomSource
{
    public static SecureRandomSource Instance { get; } = new();

    public int Next(int maxExclusive) => RandomNumberGenerator.GetInt32(maxExclusive);
}

/// <summary>A <see cref="Random"/> passed in, typically seeded, for tests and replays.</summary>
public sealed class SystemRandomSource(Random random) : IRandomSource
{
    public int Next(int maxExclusive) => random.Next(maxExclusive);
}

internal static class RandomPick
{
    /// <summary><paramref name="count"/> distinct items, each subset equally likely (a partial Fisher–Yates shuffle).</summary>
    internal static IReadOnlyList<T> Distinct<T>(IReadOnlyList<T> items, int count, IRandomSource random)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, items.Count);
        var pool = items.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(pool.Length - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..count];
    }
}
