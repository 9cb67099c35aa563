using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Casework.Web.Tests.Letters.Rendering;

/// <summary>
/// How braille was made before liblouis was called in process, kept as the reference the in-process output must equal.
/// Runs liblouis's <c>lou_translate</c> (Debian package liblouis-bin) once per call, one input line per
/// output line. Tables are prefixed with the display table <c>en-us-brf.dis</c>, so output is North
/// American ASCII braille (BRF: upper-case, 0x20–0x5F) whichever language table is used.
/// </summary>
internal static class LouTranslateProcess
{
    public const string Program = "lou_translate";
    public const string DisplayTable = "en-us-brf.dis";
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Translates each line (which must not contain a line break); returns one line per input line.</summary>
    public static IReadOnlyList<string> Translate(IReadOnlyList<string> lines, string table, bool backward)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var input = new StringBuilder();
        foreach (var line in lines)
        {
            // lou_translate reads backslash escapes (\x41, \n…) and drops a line with an invalid one, such as
            // BRF's "\R" (the "our" sign): a literal backslash must go in doubled.
            input.Append(line.Replace("\\", "\\\\", StringComparison.Ordinal)).Append('\n');
        }

        var output = Run([backward ? "--backward" : "--forward", DisplayTable + "," + table], input.ToString());
        var result = output.Split('\n');
        // One line out per line in, plus the empty string after the final newline.
        if (result.Length < lines.Count || result.Skip(lines.Count).Any(r => r.Length > 0))
        {
            throw new InvalidOperationException(
                $"{Program} returned {result.Length} lines for {lines.Count}; cannot match its output to the letter.");
        }

        return result.Take(lines.Count).Select(r => r.TrimEnd('\r')).ToList();
    }

    private static string Run(IEnumerable<string> arguments, string input)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = _utf8,
            StandardOutputEncoding = _utf8,
            StandardErrorEncoding = _utf8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Braille letters need liblouis's {Program}, which could not be started ({e.Message}). " +
                "Install the Debian packages liblouis-bin and liblouis20 (apt-get install liblouis-bin liblouis20).", e);
        }

        using (process)
        {
            // Drain both pipes while writing, so a large letter cannot deadlock on a full pipe.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It exited early; its exit code and error output say why.
            }

            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Program} did not finish within {_timeout.TotalSeconds} seconds.");
            }

            var error = stderr.GetAwaiter().GetResult();
            var text = stdout.GetAwaiter().GetResult();
            // lou_translate exits 0 even when a table cannot be compiled or a line is dropped; it says so on stderr.
            if (process.ExitCode != 0 || error.Contains("error", StringComparison.OrdinalIgnoreCase) || error.Contains("could not", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{Program} {string.Join(' ', start.ArgumentList)} failed (exit code {process.ExitCode}): {error.Trim()}");
            }

            return text;
        }
    }
}
