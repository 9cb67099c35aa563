using System.Collections.Concurrent;
using System.Diagnostics;

namespace Casework.LoadBench;

/// <summary>One finished call: what it was counted under, its latency from the scheduled start, and its error if any.</summary>
internal readonly record struct Sample(string Label, bool Write, double Ms, string? Error, double At);

/// <summary>
/// The open model: a dedicated thread starts request i at t0 + i/R whatever has come back (never waits for an answer),
/// each on the thread pool; latency runs from the scheduled start, so a queue in the app (or a late start of the driver)
/// shows in it. A start more than <c>lateMs</c> after its time is counted as late.
/// </summary>
internal static class OpenLoop
{
    public static async Task<StepResult> RunAsync(
        double rate, TimeSpan duration, IReadOnlyList<Target> targets, IReadOnlyList<Kind> kinds, double lateMs, int seed)
    {
        var total = (long)Math.Round(rate * duration.TotalSeconds);
        var samples = new ConcurrentQueue<Sample>();
        var tasks = new List<Task>((int)Math.Min(total, 1_000_000));
        var late = 0L;
        var worstLateMs = 0.0;
        var deck = Deck(kinds, seed);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cpu = CpuWatch.Start();
        var start = Stopwatch.GetTimestamp();
        var thread = new Thread(() =>
        {
            var perTick = Stopwatch.Frequency / rate;
            for (long i = 0; i < total; i++)
            {
                var due = start + (long)(i * perTick);
                while (Stopwatch.GetTimestamp() is var now && now < due)
                {
                    var ms = (due - now) * 1000.0 / Stopwatch.Frequency;
                    if (ms > 1.5)
                    {
                        Thread.Sleep(1);
                    }
                    else
                    {
                        Thread.SpinWait(20);
                    }
                }

                var lateBy = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                if (lateBy > lateMs)
                {
                    late++;
                    worstLateMs = Math.Max(worstLateMs, lateBy);
                }

                var kind = deck[(int)(i % deck.Length)];
                var target = targets[(int)(i % targets.Count)];
                var index = (int)i;
                var at = i / rate;
                tasks.Add(Task.Run(() => OneAsync(kind, target, index, due, at, samples)));
            }

            done.SetResult();
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal, Name = "open-loop" };
        thread.Start();
        await done.Task;
        var scheduled = Stopwatch.GetElapsedTime(start);
        var drained = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(40)).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new StepResult(rate, total, late, worstLateMs, scheduled, elapsed, drained, samples.ToArray(), cpu.Stop());
    }

    private static async Task OneAsync(Kind kind, Target target, int index, long due, double at, ConcurrentQueue<Sample> samples)
    {
        string label;
        string? error = null;
        try
        {
            label = await kind.Run(target, index);
        }
        catch (Exception e) when (e is HttpFailure or HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            label = kind.Name;
            error = e is HttpFailure ? e.Message : $"{e.GetType().Name}: {e.Message}";
        }

        samples.Enqueue(new Sample(label.Length == 0 ? kind.Name : label, kind.Write, Stopwatch.GetElapsedTime(due).TotalMilliseconds, error, at));
    }

    /// <summary>The kinds spread over a deck of 1000 by weight, shuffled with a fixed seed: the same sequence every run.</summary>
    private static Kind[] Deck(IReadOnlyList<Kind> kinds, int seed)
    {
        var sum = kinds.Sum(k => k.Weight);
        var deck = kinds.SelectMany(k => Enumerable.Repeat(k, (int)Math.Round(1000.0 * k.Weight / sum))).ToArray();
#pragma warning disable CA5394 // a benchmark's shuffle, not security
        new Random(seed).Shuffle(deck);
#pragma warning restore CA5394
        return deck;
    }
}
