using System.Diagnostics;

namespace Casework.JourneyBench;

/// <summary>Per-call latencies of one phase (one target, one round), recorded by every user without locks on the hot path.</summary>
public sealed class Latencies
{
    private readonly List<long>[] _ticks = [.. Journey.Steps.Select(_ => new List<long>())];

    public void Add(int step, long ticks)
    {
        var list = _ticks[step];
        lock (list)
        {
            list.Add(ticks);
        }
    }

    public void AddAll(Latencies other)
    {
        for (var i = 0; i < _ticks.Length; i++)
        {
            _ticks[i].AddRange(other._ticks[i]);
        }
    }

    public (double P50, double P99, int Count) Of(int step)
    {
        var sorted = _ticks[step].Order().ToArray();
        return sorted.Length == 0 ? (double.NaN, double.NaN, 0) : (Ms(At(sorted, 0.50)), Ms(At(sorted, 0.99)), sorted.Length);
    }

    public (double P50, double P99) OfAll()
    {
        var sorted = _ticks.SelectMany(t => t).Order().ToArray();
        return sorted.Length == 0 ? (double.NaN, double.NaN) : (Ms(At(sorted, 0.50)), Ms(At(sorted, 0.99)));
    }

    private static long At(long[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
