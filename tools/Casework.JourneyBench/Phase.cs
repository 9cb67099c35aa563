using System.Diagnostics;

namespace Casework.JourneyBench;

/// <summary>A target of the benchmark: the app or the bare-SQL baseline, with its client, token and process.</summary>
public sealed record Target(string Name, HttpClient Http, string Token, int? Pid);

/// <summary>What one phase measured: journeys completed in the window, their call times, and what they cost.</summary>
public sealed class PhaseResult(Target target, int round)
{
    public Target Target { get; } = target;

    public int Round { get; } = round;

    public int Journeys { get; set; }

    /// <summary>Journeys finished after the window closed (not counted in journeys/s, but in statements per journey).</summary>
    public int Late { get; set; }

    public int Errors { get; set; }

    public double Seconds { get; set; }

    public Latencies Times { get; } = new();

    public double? CpuSeconds { get; set; }

    public double? PgCpuSeconds { get; set; }

    public List<StatementStat> Statements { get; set; } = [];

    public IReadOnlyList<KeyValuePair<string, int>> Waits { get; set; } = [];

    public int WaitSamples { get; set; }

    public double PerSecond => Journeys / Seconds;
}

/// <summary>Runs <c>users</c> concurrent users, each doing journeys back to back until the window closes.</summary>
public static class Phase
{
    private static int _journeyNumber;

    public static async Task<PhaseResult> RunAsync(
        Target target, int round, int users, int seconds, IReadOnlyList<string> employers, string runId, Options o, PgMonitor? pg)
    {
        var result = new PhaseResult(target, round);
        var statementsBefore = pg is null ? null : await pg.StatementsAsync();
        pg?.StartSampling();
        var cpuBefore = ProcessCpu.Seconds(target.Pid);
        var pgBefore = ProcessCpu.Seconds(o.PgPid, children: true);
        var errors = 0;
        var late = 0;
        var journeys = 0;
        var firstError = (string?)null;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (seconds * Stopwatch.Frequency);
        double? cpuAtDeadline = null, pgAtDeadline = null;
        using var window = new Timer(
            _ =>
            {
                cpuAtDeadline = ProcessCpu.Seconds(target.Pid);
                pgAtDeadline = ProcessCpu.Seconds(o.PgPid, children: true);
            },
            null, TimeSpan.FromSeconds(seconds), Timeout.InfiniteTimeSpan);
        var tasks = Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            var journey = new Journey(target.Http, target.Token);
            for (var k = 0; Stopwatch.GetTimestamp() < deadline; k++)
            {
                var ern = employers[(u + (k * users)) % employers.Count];
                var n = Interlocked.Increment(ref _journeyNumber);
                var times = new Latencies();
                try
                {
                    await journey.RunAsync(ern, $"W1 {runId} journey {n}", times, CancellationToken.None);
                    if (Stopwatch.GetTimestamp() <= deadline)
                    {
                        Interlocked.Increment(ref journeys);
                        lock (result.Times)
                        {
                            result.Times.AddAll(times);
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref late);
                    }
                }
                catch (Exception e) when (e is JourneyFailedException or HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var waits = pg is null ? default : await pg.StopSamplingAsync();
        result.Seconds = seconds;
        result.Journeys = journeys;
        result.Late = late;
        result.Errors = errors;
        result.CpuSeconds = cpuAtDeadline - cpuBefore;
        result.PgCpuSeconds = pgAtDeadline - pgBefore;
        result.Waits = waits.Waits ?? [];
        result.WaitSamples = waits.Samples;
        if (pg is not null && statementsBefore is not null)
        {
            result.Statements = PgMonitor.Delta(statementsBefore, await pg.StatementsAsync());
        }

        if (firstError is not null)
        {
            Console.WriteLine($"  {target.Name}: {errors} failed journeys; first: {firstError}");
        }

        return result;
    }
}
