using System.Diagnostics;
using System.Globalization;

namespace Casework.LoadBench;

/// <summary>Cores used during a step (CPU seconds / wall seconds): the whole machine, the app processes, the database's backends, this driver.</summary>
internal readonly record struct CpuUse(double Machine, double App, double Postgres, double Driver);

/// <summary>
/// Reads /proc (Linux) at the start and end of a step: the machine's busy time, the app processes given by
/// <c>--app-pids</c>, and the PostgreSQL backends serving the benchmark's database (their command line names it).
/// </summary>
internal sealed class CpuWatch
{
    private static readonly double _ticks = 100.0; // USER_HZ on Linux
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly double _machine = MachineBusy();
    private readonly double _app = Sum(AppPids);
    private readonly Dictionary<int, double> _postgres = Backends();
    private readonly double _driver = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    public static IReadOnlyList<int> AppPids { get; set; } = [];

    public static string Database { get; set; } = "";

    public static CpuWatch Start() => new();

    public CpuUse Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        var pg = Backends().Sum(b => b.Value - _postgres.GetValueOrDefault(b.Key));
        return new CpuUse(
            (MachineBusy() - _machine) / wall,
            (Sum(AppPids) - _app) / wall,
            pg / wall,
            (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - _driver) / wall);
    }

    private static double MachineBusy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return 0;
        }

        var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return (f.Sum() - f[3] - f[4]) / _ticks; // minus idle and iowait
    }

    private static double Sum(IEnumerable<int> pids) => pids.Sum(ProcessSeconds);

    private static Dictionary<int, double> Backends()
    {
        var found = new Dictionary<int, double>();
        if (Database.Length == 0 || !Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var cmd = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (cmd.StartsWith("postgres: ", StringComparison.Ordinal) && cmd.Contains($" {Database} ", StringComparison.Ordinal))
                {
                    found[pid] = ProcessSeconds(pid);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }

    private static double ProcessSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / _ticks;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
