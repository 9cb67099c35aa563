using System.Globalization;

namespace Casework.DataGen;

/// <summary>How much to generate. Scale 1 is PERF-01's agency: 1 M employers, 100 k agents, 2 M clients, 5 M SRs.</summary>
internal sealed record Sizes(int Employers, int Agents, int Clients, int ServiceRequests, int Staff, int GeneratedTeams)
{
    public static Sizes For(double scale) => new(
        Employers: Scaled(1_000_000, scale),
        Agents: Scaled(100_000, scale),
        Clients: Scaled(2_000_000, scale) / 2 * 2,
        ServiceRequests: Scaled(5_000_000, scale),
        Staff: Math.Max(Scaled(5_000, scale), 200),
        GeneratedTeams: 40);

    private static int Scaled(int size, double scale) => Math.Max((int)Math.Round(size * scale), 10);
}

internal sealed record Options(string Connection, double Scale, int Seed, DateTimeOffset Now)
{
    public const string Usage =
        "usage: Casework.DataGen --connection \"Host=127.0.0.1;Port=5432;Username=…;Password=…;Database=…\" [--scale 1] [--seed 20261205] [--now 2026-12-05]";

    public Sizes Sizes => Sizes.For(Scale);

    public static Options? Parse(string[] args)
    {
        string? connection = Environment.GetEnvironmentVariable("CASEWORK_DATAGEN_CONNECTION");
        var scale = 1.0;
        var seed = 20261205;
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--connection": connection = args[i + 1]; break;
                case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--now": now = new DateTimeOffset(DateOnly.ParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero); break;
                default: return null;
            }
        }

        return connection is null || args.Length % 2 != 0 || scale <= 0 || scale > 10 ? null : new Options(connection, scale, seed, now);
    }
}

internal static class Progress
{
    public static void Done(string what, System.Diagnostics.Stopwatch since) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{since.Elapsed.TotalSeconds,8:F1} s  {what}"));
}
