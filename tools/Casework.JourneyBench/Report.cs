using System.Text.RegularExpressions;

namespace Casework.JourneyBench;

/// <summary>Prints a phase as it ends and the run's summary: throughput, ratio, call times, CPU, statements, waits, the goal.</summary>
public static partial class Report
{
    private const double GoalRatio = 0.5;
    private const double GoalP99Ms = 25;

    public static void Phase(PhaseResult r)
    {
        var made = r.Journeys + r.Late;
        var (p50, p99) = r.Times.OfAll();
        Console.WriteLine(
            $"round {r.Round} {r.Target.Name,-4}: {r.PerSecond,7:F1} journeys/s ({r.Journeys} in {r.Seconds:F0} s, {r.Late} late, {r.Errors} errors); " +
            $"calls p50 {p50:F1} ms p99 {p99:F1} ms; CPU {PerJourney(r.CpuSeconds, r.Journeys)} ms/journey; PostgreSQL CPU {PerJourney(r.PgCpuSeconds, r.Journeys)} ms/journey; " +
            $"{(made == 0 || r.Statements.Count == 0 ? "-" : $"{r.Statements.Sum(s => s.Calls) / (double)made:F1}")} statements/journey");
    }

    public static void Summary(IReadOnlyList<PhaseResult> results, Target app, Target bare, Options o)
    {
        var a = results.Where(r => r.Target == app).ToList();
        var b = results.Where(r => r.Target == bare).ToList();
        var appRate = a.Sum(r => r.Journeys) / a.Sum(r => r.Seconds);
        var bareRate = b.Sum(r => r.Journeys) / b.Sum(r => r.Seconds);
        var ratio = appRate / bareRate;
        var perRound = string.Join(", ", a.Zip(b, (x, y) => $"{x.PerSecond / y.PerSecond:F2}"));
        Console.WriteLine();
        Console.WriteLine($"== W1 summary, {o.Users} users: app {appRate:F1} journeys/s, bare {bareRate:F1} journeys/s, ratio app/bare {ratio:F2} (rounds: {perRound})");

        var appTimes = Merge(a);
        var bareTimes = Merge(b);
        Console.WriteLine($"{"call",-36} {"app p50",8} {"app p99",8} {"bare p50",9} {"bare p99",9}  (ms)");
        var worstP99 = 0.0;
        for (var i = 0; i < Journey.Steps.Length; i++)
        {
            var x = appTimes.Of(i);
            var y = bareTimes.Of(i);
            worstP99 = Math.Max(worstP99, x.P99);
            Console.WriteLine($"{Journey.Steps[i],-36} {x.P50,8:F1} {x.P99,8:F1} {y.P50,9:F1} {y.P99,9:F1}");
        }

        Console.WriteLine($"{"all calls",-36} {appTimes.OfAll().P50,8:F1} {appTimes.OfAll().P99,8:F1} {bareTimes.OfAll().P50,9:F1} {bareTimes.OfAll().P99,9:F1}");
        foreach (var (name, rs) in new[] { ("app", a), ("bare", b) })
        {
            var journeys = rs.Sum(r => r.Journeys);
            Console.WriteLine($"{name,-4}: CPU {PerJourney(Sum(rs, r => r.CpuSeconds), journeys)} ms/journey, PostgreSQL CPU (all backends) {PerJourney(Sum(rs, r => r.PgCpuSeconds), journeys)} ms/journey");
        }

        if (results.Any(r => r.Statements.Count > 0))
        {
            foreach (var (name, rs) in new[] { ("app", a), ("bare", b) })
            {
                Statements(name, rs, o.Top);
            }

            foreach (var (name, rs) in new[] { ("app", a), ("bare", b) })
            {
                Waits(name, rs);
            }
        }

        var met = ratio >= GoalRatio && worstP99 < GoalP99Ms;
        Console.WriteLine($"goal (ratio >= {GoalRatio} and every call's p99 < {GoalP99Ms} ms in the app): {(met ? "MET" : "NOT MET")} " +
            $"(ratio {ratio:F2}, worst app p99 {worstP99:F1} ms)");
    }

    private static void Statements(string name, List<PhaseResult> rs, int top)
    {
        var made = rs.Sum(r => r.Journeys + r.Late);
        var merged = rs.SelectMany(r => r.Statements)
            .GroupBy(s => s.Query, StringComparer.Ordinal)
            .Select(g => new StatementStat(g.Sum(s => s.Calls), g.Sum(s => s.ExecMs), g.Key))
            .OrderByDescending(s => s.Calls).ToList();
        var total = merged.Sum(s => s.Calls);
        Console.WriteLine($"{name}: {total / (double)made:F1} statements per journey ({merged.Count} distinct), {merged.Sum(s => s.ExecMs) / made:F2} ms executing per journey; top {top}:");
        foreach (var s in merged.Take(top))
        {
            Console.WriteLine($"  {s.Calls / (double)made,6:F2}/journey {s.ExecMs / s.Calls,7:F3} ms  {Shorten(s.Query)}");
        }
    }

    private static void Waits(string name, List<PhaseResult> rs)
    {
        var samples = rs.Sum(r => r.WaitSamples);
        if (samples == 0)
        {
            return;
        }

        var waits = rs.SelectMany(r => r.Waits).GroupBy(w => w.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Mean: g.Sum(w => w.Value) / (double)samples)).OrderByDescending(w => w.Mean);
        Console.WriteLine($"{name}: backends of the database active or idle in a transaction, mean per pg_stat_activity sample ({samples} samples, every 100 ms):");
        foreach (var (key, mean) in waits.Where(w => w.Mean >= 0.005).Take(10))
        {
            Console.WriteLine($"  {mean,6:F2}  {key}");
        }
    }

    private static Latencies Merge(IEnumerable<PhaseResult> rs)
    {
        var all = new Latencies();
        foreach (var r in rs)
        {
            all.AddAll(r.Times);
        }

        return all;
    }

    private static double? Sum(IEnumerable<PhaseResult> rs, Func<PhaseResult, double?> f) =>
        rs.Select(f).Aggregate((double?)0, (x, y) => x + y);

    private static string PerJourney(double? seconds, int journeys) => seconds is { } s && journeys > 0 ? $"{s * 1000 / journeys:F1}" : "-";

    private static string Shorten(string sql)
    {
        var flat = Spaces().Replace(sql, " ").Trim();
        return flat.Length <= 150 ? flat : flat[..147] + "...";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
