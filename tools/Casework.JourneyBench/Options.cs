using System.Globalization;

namespace Casework.JourneyBench;

/// <summary>The command line (see <see cref="Usage"/>).</summary>
public sealed record Options(
    Uri App, Uri Bare, int Users, int Seconds, int Warmup, int Rounds, int Employers,
    string UserName, string Password, string? Connection, int? AppPid, int? BarePid, int? PgPid, int Top)
{
    public const string Usage = """
        usage: Casework.JourneyBench [--app http://127.0.0.1:5280] [--bare http://127.0.0.1:5290] [--users 8] [--seconds 30]
                                     [--warmup 5] [--rounds 2] [--employers 200] [--user caseworker] [--password …]
                                     [--connection "Host=…;Database=casework_w1;…"] [--app-pid N] [--bare-pid N] [--pg-pid N] [--top 12]
        Runs --users concurrent users doing the W1 complaint journey for --seconds against the app, then the bare app,
        --rounds times (app, bare, app, bare …), after --warmup seconds of each. --connection enables statements per
        journey (pg_stat_statements) and wait sampling (pg_stat_activity); the pids enable CPU seconds per journey
        (--pg-pid: the postmaster; its backends are counted with it).
        """;

    public static Options? Parse(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Arg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        int? Pid(string name) => Arg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        if (args.Contains("--help") || args.Contains("-h"))
        {
            return null;
        }

        return new Options(
            new Uri(Arg("--app") ?? "http://127.0.0.1:5280"),
            new Uri(Arg("--bare") ?? "http://127.0.0.1:5290"),
            Int("--users", 8),
            Int("--seconds", 30),
            Int("--warmup", 5),
            Int("--rounds", 2),
            Int("--employers", 200),
            Arg("--user") ?? "caseworker",
            Arg("--password") ?? "Casework-Demo-1!",
            Arg("--connection") ?? Environment.GetEnvironmentVariable("CASEWORK_BENCH_CONNECTION"),
            Pid("--app-pid"),
            Pid("--bare-pid"),
            Pid("--pg-pid"),
            Int("--top", 12));
    }
}
