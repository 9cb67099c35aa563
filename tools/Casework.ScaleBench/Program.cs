using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Casework.ScaleBench;
using Npgsql;

// W2 (issue 14): latency of the work queues, searches, an SR and the reports on the PERF-01 data, one caller at a time,
// each API call interleaved with its bare-SQL baseline (Npgsql, same database, same rows) so noise hits both alike.
// Usage: dotnet run --project tools/Casework.ScaleBench -c Release -- --url http://127.0.0.1:5080 --connection "Host=…" [-n 100] [--only text]
string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var url = Arg("--url", "http://127.0.0.1:5080");
var connection = Arg("--connection", Environment.GetEnvironmentVariable("CASEWORK_BENCH_CONNECTION") ?? "");
var n = int.Parse(Arg("-n", "100"), CultureInfo.InvariantCulture);
var only = Arg("--only", "");
var from = Arg("--from", "2025-12-01");
var to = Arg("--to", "2026-11-30");
if (connection.Length == 0)
{
    Console.Error.WriteLine("usage: Casework.ScaleBench --url http://127.0.0.1:5080 --connection \"Host=…;Database=…\" [-n 100] [--only name]");
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var user in new[] { "caseworker", "teamleader" })
{
    using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = user, password = "Casework-Demo-1!" });
    login.EnsureSuccessStatusCode();
    tokens[user] = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
}

await using var data = NpgsqlDataSource.Create(connection);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"W2 {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {n} calls each after 5 warm-up, one caller; load {Load()}"));
Console.WriteLine($"{"scenario",-36} {"app p50",8} {"app p99",8} {"sql p50",8} {"sql p99",8} {"sql/app",8} {"items/total",14}");
var health = await TimeAsync(async () => { using var r = await http.GetAsync("/health"); r.EnsureSuccessStatusCode(); return ""; }, null, n);
Console.WriteLine(Row("GET /health (app floor)", health.App, null, ""));

foreach (var s in Scenarios.All(from, to).Where(s => s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    var shape = "";
    var result = await TimeAsync(
        async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, s.Path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[s.User]);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{s.Path}: {(int)response.StatusCode} {body}");
            }

            return body;
        },
        async () =>
        {
            await using var conn = await data.OpenConnectionAsync();
            foreach (var sql in s.Sql)
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            }
        },
        n,
        body => shape = Shape(body));
    Console.WriteLine(Row(s.Name, result.App, result.Sql, shape));
}

Console.WriteLine($"load after: {Load()}");
return 0;

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string Row(string name, double[] app, double[]? sql, string shape) => string.Create(CultureInfo.InvariantCulture,
    $"{name,-36} {P(app, 50),8:F1} {P(app, 99),8:F1} {(sql is null ? "" : P(sql, 50).ToString("F1", CultureInfo.InvariantCulture)),8} {(sql is null ? "" : P(sql, 99).ToString("F1", CultureInfo.InvariantCulture)),8} {(sql is null ? "" : (P(sql, 50) / P(app, 50)).ToString("F2", CultureInfo.InvariantCulture)),8} {shape,14}");

static double P(double[] sorted, int percentile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];

// What came back, so a fast empty answer is seen for what it is: items on the page / total (or the top-level fields).
static string Shape(string body)
{
    using var doc = JsonDocument.Parse(body);
    var root = doc.RootElement;
    if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && root.TryGetProperty("total", out var total))
    {
        return string.Create(CultureInfo.InvariantCulture, $"{items.GetArrayLength()}/{total.GetInt32()}");
    }

    return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("rows", out var rows) ? $"{rows.GetArrayLength()} rows"
        : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("teams", out var teams) ? $"{teams.GetArrayLength()} teams"
        : $"{body.Length} B";
}

static async Task<(double[] App, double[]? Sql)> TimeAsync(Func<Task<string>> app, Func<Task>? sql, int n, Action<string>? seen = null)
{
    for (var i = 0; i < 5; i++)
    {
        seen?.Invoke(await app());
        if (sql is not null)
        {
            await sql();
        }
    }

    var a = new double[n];
    var s = new double[n];
    for (var i = 0; i < n; i++)
    {
        var watch = Stopwatch.StartNew();
        await app();
        a[i] = watch.Elapsed.TotalMilliseconds;
        if (sql is not null)
        {
            watch.Restart();
            await sql();
            s[i] = watch.Elapsed.TotalMilliseconds;
        }
    }

    Array.Sort(a);
    Array.Sort(s);
    return (a, sql is null ? null : s);
}
