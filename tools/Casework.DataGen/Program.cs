using System.Diagnostics;
using System.Globalization;
using Casework.DataGen;

// PERF-01: fills a PostgreSQL database with an agency's caseload for the scale benchmarks (docs/benchmarks.md).
// Usage: dotnet run --project tools/Casework.DataGen -c Release -- --connection "Host=…;Database=…" [--scale 0.01] [--seed 1]
// The schema is the app's own: the generator first runs the app's migrations, reference data and demo staff
// (the same code as `Casework.Web migrate` with Casework:DemoData=true), then bulk-loads with binary COPY.
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

var total = Stopwatch.StartNew();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"scale {options.Scale}: {options.Sizes.Employers:N0} employers, {options.Sizes.Agents:N0} agents, {options.Sizes.Clients:N0} clients, {options.Sizes.ServiceRequests:N0} SRs, {options.Sizes.Staff:N0} staff"));
await AppSchema.PrepareAsync(options.Connection);
Progress.Done("migrations, reference data and demo staff (the app's own start-up code)", total);

var generator = new Generator(options);
await generator.RunAsync();
Progress.Done("all", total);
return 0;
