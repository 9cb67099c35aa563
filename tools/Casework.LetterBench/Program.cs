using System.Diagnostics;
using System.Globalization;
using Casework.LetterBench;
using Casework.Web.Infrastructure.Letters.Rendering;

// Usage: dotnet run --project tools/Casework.LetterBench -c Release -- [count] [--out DIR]
// Renders `count` letters of each format on this one thread after a warm-up; single-threaded,
// so letters per second is letters per second per core. --out writes one sample of each format.
var count = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
    ? int.Parse(args[0], CultureInfo.InvariantCulture)
    : 500;
var outIndex = Array.IndexOf(args, "--out");
var pdf = new PdfLetterRenderer();
var braille = new BrailleLetterRenderer();

if (outIndex >= 0 && outIndex + 1 < args.Length)
{
    var dir = Directory.CreateDirectory(args[outIndex + 1]).FullName;
    File.WriteAllBytes(Path.Combine(dir, "standard.pdf"), pdf.Render(BenchLetters.Typical(1), largePrint: false));
    File.WriteAllBytes(Path.Combine(dir, "large-print.pdf"), pdf.Render(BenchLetters.Typical(1), largePrint: true));
    File.WriteAllText(Path.Combine(dir, "letter.brf"), braille.Render(BenchLetters.Typical(1)));
    Console.WriteLine($"samples written to {dir}");
}

var formats = new (string Name, Func<int, int> Render)[]
{
    ("standard PDF", i => pdf.Render(BenchLetters.Typical(i), largePrint: false).Length),
    ("large print PDF", i => pdf.Render(BenchLetters.Typical(i), largePrint: true).Length),
    ("braille BRF", i => braille.Render(BenchLetters.Typical(i)).Length),
};

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores available; one thread; {count} letters per format"));
Console.WriteLine($"{"format",-16} {"letters",8} {"seconds",8} {"/s/core",8} {"avg KB",7} {"cpu s",6} {"child cpu s",11} {"peak WS MB",10}");
foreach (var (name, render) in formats)
{
    for (var i = 0; i < Math.Min(20, count); i++)
    {
        render(i);
    }

    GC.Collect();
    var before = Usage.Now();
    var watch = Stopwatch.StartNew();
    long bytes = 0;
    for (var i = 0; i < count; i++)
    {
        bytes += render(i);
    }

    watch.Stop();
    var after = Usage.Now();
    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-16} {count,8} {seconds,8:F2} {count / seconds,8:F0} {bytes / 1024.0 / count,7:F1} {after.Cpu - before.Cpu,6:F2} {after.ChildCpu - before.ChildCpu,11:F2} {Usage.PeakWorkingSetMegabytes(),10:F1}"));
}

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"peak working set: {Usage.PeakWorkingSetMegabytes():F1} MB (Process.PeakWorkingSet64); VmHWM {Usage.VmHwm()}"));
