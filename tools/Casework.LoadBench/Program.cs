using System.Globalization;
using Casework.LoadBench;
using Npgsql;

// W5 (issue 14): a mixed caseworker load as an open-model arrival rate, against one app process or several
// (round-robin), each rate also run against GET /health as the app's floor. Usage: Options.Usage.
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

ThreadPool.SetMinThreads(64, 64);
CpuWatch.AppPids = options.AppPids;
CpuWatch.Database = options.Database;
var targets = options.Urls.Select(u => new Target(u)).ToList();
foreach (var t in targets)
{
    await t.SignInAsync("caseworker", "teamleader");
}

var data = await BenchData.LoadAsync(options.Connection, options.StaffNumber);
var category = (await targets[0].GetJsonAsync("caseworker", "/api/complaint-issue-categories"))[0].GetProperty("code").GetString()!;
var writes = new Writes(data, category, DateOnly.FromDateTime(DateTime.UtcNow));
await using var pg = NpgsqlDataSource.Create(options.Connection);
var kinds = Mix.Build(data, writes, options.Mix, options.Weights);

Console.WriteLine(Inv($"W5 {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, open model; app {string.Join(", ", options.Urls)}; database {options.Database}; load {Load()}"));
Console.WriteLine(Inv($"mix {options.Mix}: {string.Join(", ", kinds.Select(k => $"{k.Name} {k.Weight}"))} (reads {kinds.Where(k => !k.Write).Sum(k => k.Weight)} : writes {kinds.Where(k => k.Write).Sum(k => k.Weight)})"));
Console.WriteLine(Inv($"data: {data.References.Count} SR refs, {data.Erns.Count} ERNs, {data.Scins.Count} SCINs, {data.EmployerNames.Count}/{data.ClientNames.Count} name terms; {data.ComplaintErns.Count} employers without complaints to log against; writes on staff {options.StaffNumber}'s SRs: {data.NoteRefs.Count} for notes, {data.StatusRefs.Count} for status moves"));
Console.WriteLine(Inv($"steps of {options.Step.TotalSeconds:F0} s at {string.Join(", ", options.Rates)} requests/s; late = started > {options.LateMs} ms after its time; latency from the scheduled start; cpu in cores (app = --app-pids, pg = backends of {options.Database}, drv = this driver)"));
if (options.Warmup > TimeSpan.Zero)
{
    var warm = await OpenLoop.RunAsync(options.WarmupRate, options.Warmup, targets, kinds, options.LateMs, options.Seed + 1);
    Console.WriteLine(Inv($"warm-up {options.Warmup.TotalSeconds:F0} s at {options.WarmupRate}/s (not counted): p50 {warm.P(50):F1} ms, p99 {warm.P(99):F1} ms, errors {warm.Errors}"));
}

Console.WriteLine(StepResult.Header);
var best = (double?)null;
var summary = new List<string>();
foreach (var rate in options.Rates)
{
    var floorLine = "";
    if (options.Baseline)
    {
        var floor = await OpenLoop.RunAsync(rate, options.Step, targets, [Mix.Health], options.LateMs, options.Seed);
        Console.WriteLine(floor.Line("health"));
        floorLine = Inv($"health p50 {floor.P(50):F1} p99 {floor.P(99):F1} errors {floor.Errors}; ");
        if (floor.Errors > 0)
        {
            Console.Write(floor.Kinds());
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    var waits = WaitSampler.Start(pg);
    var step = await OpenLoop.RunAsync(rate, options.Step, targets, kinds, options.LateMs, options.Seed);
    var seen = await waits.StopAsync();
    await waits.DisposeAsync();
    Console.WriteLine(step.Line("mix"));
    Console.Write(step.Kinds());
    Console.Write(seen);
    Console.WriteLine(Inv($"  load {Load()}"));
    summary.Add(Inv($"{rate,6}/s  {floorLine}mix p50 {step.P(50):F1} p99 {step.P(99):F1} errors {step.Errors} late {step.Late}: {(step.Held ? "held" : "NOT held")}"));
    if (step.Held)
    {
        best = Math.Max(best ?? 0, rate);
    }
    else if (options.StopOnFail)
    {
        break;
    }

    await Task.Delay(TimeSpan.FromSeconds(2));
}

Console.WriteLine("summary (ms):");
summary.ForEach(Console.WriteLine);
Console.WriteLine(best is null ? "no rate held p99 < 100 ms with 0 errors" : Inv($"highest rate held (p99 < 100 ms, 0 errors): {best} requests/s"));
Console.WriteLine($"load after: {Load()}");
targets.ForEach(t => t.Dispose());
return 0;

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
