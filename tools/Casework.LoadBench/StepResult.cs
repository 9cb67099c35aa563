using System.Globalization;
using System.Text;

namespace Casework.LoadBench;

/// <summary>What one rate step did: the schedule kept, every call's latency, errors, and the CPU it cost.</summary>
internal sealed record StepResult(
    double Rate, long Sent, long Late, double WorstLateMs, TimeSpan Scheduled, TimeSpan Elapsed, bool Drained, Sample[] Samples, CpuUse Cpu)
{
    public const double P99GoalMs = 100;

    public long Errors => Sent - Samples.LongLength + Samples.LongCount(s => s.Error is not null);

    public double P(int percentile) => Percentile(Samples.Select(s => s.Ms), percentile);

    /// <summary>The W5 bar: p99 under 100 ms, no error, every call answered.</summary>
    public bool Held => Drained && Errors == 0 && P(99) < P99GoalMs;

    public static string Header =>
        $"{"target",-8} {"rate/s",7} {"sent",7} {"late",6} {"done/s",7} {"p50",8} {"p90",8} {"p99",8} {"max",8} {"errors",7} {"cpu all",7} {"app",5} {"pg",5} {"drv",5}  verdict";

    public string Line(string target) => Inv(
        $"{target,-8} {Rate,7:F0} {Sent,7} {Late,6} {Samples.Length / Elapsed.TotalSeconds,7:F1} {P(50),8:F1} {P(90),8:F1} {P(99),8:F1} {P(100),8:F1} {Errors,7} {Cpu.Machine,7:F2} {Cpu.App,5:F2} {Cpu.Postgres,5:F2} {Cpu.Driver,5:F2}  {(Held ? "held" : "NOT held")}");

    /// <summary>Per request kind (a complaint per step), worst p99 first.</summary>
    public string Kinds()
    {
        var text = new StringBuilder();
        text.AppendLine(Inv($"  {"kind",-24} {"n",6} {"p50",8} {"p99",8} {"max",8} {"errors",6}"));
        foreach (var g in Samples.GroupBy(s => s.Label).OrderByDescending(g => Percentile(g.Select(s => s.Ms), 99)))
        {
            text.AppendLine(Inv(
                $"  {g.Key,-24} {g.Count(),6} {Percentile(g.Select(s => s.Ms), 50),8:F1} {Percentile(g.Select(s => s.Ms), 99),8:F1} {g.Max(s => s.Ms),8:F1} {g.Count(s => s.Error is not null),6}"));
        }

        var reads = Samples.Where(s => !s.Write).Select(s => s.Ms).ToList();
        var writes = Samples.Where(s => s.Write).Select(s => s.Ms).ToList();
        text.AppendLine(Inv($"  {"(all reads)",-24} {reads.Count,6} {Percentile(reads, 50),8:F1} {Percentile(reads, 99),8:F1}"));
        text.AppendLine(Inv($"  {"(all writes)",-24} {writes.Count,6} {Percentile(writes, 50),8:F1} {Percentile(writes, 99),8:F1}"));
        foreach (var e in Samples.Where(s => s.Error is not null).GroupBy(s => s.Error![..Math.Min(90, s.Error!.Length)]).OrderByDescending(g => g.Count()).Take(6))
        {
            text.AppendLine(Inv($"  error ×{e.Count()}: {e.First().Error}"));
        }

        if (Scheduled.TotalSeconds >= 60)
        {
            // A long step's p99 over time: a stall of a few seconds (another process's build, a GC) shows as one bad window.
            text.Append("  p99 per 10 s:");
            foreach (var w in Samples.GroupBy(s => (int)(s.At / 10)).OrderBy(g => g.Key))
            {
                text.Append(Inv($" {Percentile(w.Select(s => s.Ms), 99):F0}"));
            }

            text.AppendLine();
        }

        if (!Drained)
        {
            text.AppendLine(Inv($"  {Sent - Samples.Length} calls still unanswered 40 s after the last start (counted as errors)"));
        }

        return text.ToString();
    }

    private static double Percentile(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
