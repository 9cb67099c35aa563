using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Casework.JourneyBench;

// W1 (issue 14): the employer complaint journey, app vs a bare ASP.NET Core + Npgsql app doing the same writes,
// interleaved in one run (app, bare, app, bare …) so that noise on the shared machine hits both alike.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (Options.Parse(args) is not { } o)
{
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

var loadAtStart = ProcessCpu.LoadAverage();
var runId = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
Console.WriteLine($"W1 {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC: {o.Users} users, {o.Seconds} s per phase, {o.Rounds} rounds (app, bare …), " +
    $"{o.Warmup} s warm-up each; load average at start {loadAtStart}");

HttpClient Client(Uri url) => new(new SocketsHttpHandler { MaxConnectionsPerServer = o.Users + 4, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
{
    BaseAddress = url,
    Timeout = TimeSpan.FromSeconds(60),
};

using var appHttp = Client(o.App);
using var bareHttp = Client(o.Bare);
using var login = await appHttp.PostAsJsonAsync("/api/auth/login", new { userName = o.UserName, password = o.Password });
login.EnsureSuccessStatusCode();
var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
var app = new Target("app", appHttp, token, o.AppPid);
var bare = new Target("bare", bareHttp, "w1-bench", o.BarePid);

var employers = await Setup.EmployersAsync(appHttp, token, o.Employers, runId);
Console.WriteLine($"{employers.Count} employers registered through the app for this run (journey k of user u uses employer (u + k·users) mod {employers.Count})");
await using var pg = o.Connection is null ? null : await PgMonitor.OpenAsync(o.Connection);

foreach (var t in new[] { app, bare })
{
    var warm = await Phase.RunAsync(t, 0, o.Users, o.Warmup, employers, runId, o, null);
    Console.WriteLine($"warm-up {t.Name}: {warm.Journeys} journeys, {warm.Errors} errors");
}

var results = new List<PhaseResult>();
for (var round = 1; round <= o.Rounds; round++)
{
    foreach (var t in new[] { app, bare })
    {
        var r = await Phase.RunAsync(t, round, o.Users, o.Seconds, employers, runId, o, pg);
        results.Add(r);
        Report.Phase(r);
    }
}

Report.Summary(results, app, bare, o);
Console.WriteLine($"load average at start {loadAtStart}, at end {ProcessCpu.LoadAverage()}");
return results.Any(r => r.Errors > 0) ? 1 : 0;
