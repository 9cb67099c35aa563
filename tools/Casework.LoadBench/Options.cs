using System.Globalization;

namespace Casework.LoadBench;

/// <summary>The command line of the W5 driver (see Usage).</summary>
internal sealed record Options(
    IReadOnlyList<Uri> Urls,
    string Connection,
    IReadOnlyList<double> Rates,
    TimeSpan Step,
    TimeSpan Warmup,
    double WarmupRate,
    bool Baseline,
    bool StopOnFail,
    string Mix,
    string Weights,
    double LateMs,
    string StaffNumber,
    string Team,
    IReadOnlyList<int> AppPids,
    string Database,
    int Seed)
{
    public const string Usage = """
        usage: Casework.LoadBench --url http://127.0.0.1:5380[,http://127.0.0.1:5381] --connection "Host=…;Database=…"
               [--rates 10,20,40] [--step 20] [--warmup 10] [--warmup-rate 10] [--baseline true|false] [--stop-on-fail true|false]
               [--mix full|indexed|reads|writes] [--weights "kind=w,…"] [--late-ms 5] [--staff 100001]
               [--team EMPLOYER-PAYMENTS] [--app-pids 123,456] [--seed 14]
        Open model: at each rate R (requests/s) requests start every 1/R s for --step seconds whatever the answers;
        latency is measured from the scheduled start. With --baseline true each rate is first run against GET /health.
        Kinds: see Mix.cs (--weights sets a kind's weight; 0 drops it).
        """;

    public static Options? Parse(string[] args)
    {
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        var connection = Arg("--connection", Environment.GetEnvironmentVariable("CASEWORK_BENCH_CONNECTION") ?? "");
        if (connection.Length == 0 || args.Contains("--help"))
        {
            return null;
        }

        var database = connection.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0].Trim().Equals("Database", StringComparison.OrdinalIgnoreCase))?[1] ?? "";
        return new Options(
            Arg("--url", "http://127.0.0.1:5380").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToList(),
            connection,
            Arg("--rates", "10,20,40").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Num).ToList(),
            TimeSpan.FromSeconds(Num(Arg("--step", "20"))),
            TimeSpan.FromSeconds(Num(Arg("--warmup", "10"))),
            Num(Arg("--warmup-rate", "10")),
            bool.Parse(Arg("--baseline", "true")),
            bool.Parse(Arg("--stop-on-fail", "false")),
            Arg("--mix", "full"),
            Arg("--weights", ""),
            Num(Arg("--late-ms", "5")),
            Arg("--staff", "100001"),
            Arg("--team", "EMPLOYER-PAYMENTS"),
            Arg("--app-pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList(),
            database,
            int.Parse(Arg("--seed", "14"), CultureInfo.InvariantCulture));
    }
}
