using System.Diagnostics;
using System.Globalization;

namespace Casework.LetterBench;

/// <summary>CPU time of this process and of its finished children (lou_translate), and peak memory.</summary>
internal readonly record struct Usage(double Cpu, double ChildCpu)
{
    // Linux reports /proc times in clock ticks, USER_HZ, which is 100 on every mainstream kernel.
    private const double TicksPerSecond = 100;

    public static Usage Now()
    {
        using var self = Process.GetCurrentProcess();
        return new Usage(self.TotalProcessorTime.TotalSeconds, ChildSeconds());
    }

    public static double PeakWorkingSetMegabytes()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    /// <summary>The VmHWM line of /proc/self/status (peak resident set), or "n/a" off Linux.</summary>
    public static string VmHwm()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return "n/a";
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "n/a" : line["VmHWM:".Length..].Trim();
    }

    /// <summary>cutime + cstime (fields 16 and 17) of /proc/self/stat: CPU used by children we have waited for.</summary>
    private static double ChildSeconds()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        var text = File.ReadAllText(stat);
        // Fields after the command name, which is in parentheses and may contain spaces.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state), so field n is fields[n - 3].
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
