using System.Globalization;

namespace Casework.JourneyBench;

/// <summary>
/// CPU seconds of a process from <c>/proc/&lt;pid&gt;/stat</c> (user + system). With <c>children</c>, also its reaped
/// children's times and its live children's own: the whole of a PostgreSQL postmaster and its backends.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100.0; // USER_HZ on Linux

    public static double? Seconds(int? pid, bool children = false)
    {
        if (pid is not { } p || Fields(p) is not { } own)
        {
            return null;
        }

        var ticks = own[13] + own[14] + (children ? own[15] + own[16] : 0);
        if (children)
        {
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var child)
                    && Fields(child) is { } f && f[3] == p)
                {
                    ticks += f[13] + f[14];
                }
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The numeric fields of /proc/pid/stat, indexed as in proc(5) from 0 (field 1 is the pid); null when gone.</summary>
    private static long[]? Fields(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: parse after the last ')'.
        var rest = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var fields = new long[rest.Length + 2];
        for (var i = 1; i < rest.Length; i++)
        {
            _ = long.TryParse(rest[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out fields[i + 2]);
        }

        return fields;
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
