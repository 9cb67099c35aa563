using System.Globalization;
using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ServiceRequests;

/// <summary>
/// Optimistic concurrency on every SR write (DESIGN.md "Audit and concurrency"): a write based on an
/// old version, sent as <c>If-Match</c> or as body <c>version</c>, is a 409 and changes nothing.
/// </summary>
public abstract class ConcurrencyTests(CaseworkFactory app)
{
    public static TheoryData<string, bool> Writes
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var write in new[] { "/notes", "/activities/1/done", "/status", "/assign", "/take-ownership", "/assignment-lock" })
            {
                data.Add(write, true);
                data.Add(write, false);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Writes), MemberType = typeof(ConcurrencyTests))]
    public async Task SR08_a_write_based_on_a_stale_version_is_409_and_nothing_changes(string write, bool viaIfMatch)
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await caseworker.RaiseSr();
        var stale = sr.Version;
        await caseworker.AddNote(sr.Reference, "Saved by someone else first.");
        var before = await teamLeader.Snapshot(sr.Reference);

        var body = BodyFor(write);
        if (!viaIfMatch)
        {
            body["version"] = stale;
        }

        var response = await teamLeader.Post(ApiClient.Sr(sr.Reference, write), body, viaIfMatch ? Quoted(stale) : null);

        var problem = await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Contains("changed by someone else", problem.Detail, StringComparison.OrdinalIgnoreCase);
        await teamLeader.AssertUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(Writes), MemberType = typeof(ConcurrencyTests))]
    public async Task SR08_a_write_based_on_the_current_version_succeeds_and_moves_the_etag_on(string write, bool viaIfMatch)
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await caseworker.RaiseSr();
        var before = await teamLeader.Snapshot(sr.Reference);
        Assert.Equal(Quoted(sr.Version), before.ETag);

        var body = BodyFor(write);
        if (!viaIfMatch)
        {
            body["version"] = sr.Version;
        }

        var response = await teamLeader.Post(ApiClient.Sr(sr.Reference, write), body, viaIfMatch ? before.ETag : null);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var after = await teamLeader.Snapshot(sr.Reference);
        Assert.Equal(Quoted(sr.Version + 1), after.ETag);
        Assert.Equal(before.AuditCount + 1, after.AuditCount);
    }

    [Fact]
    public async Task SR08_simultaneous_writes_never_overwrite_each_other()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(async i =>
        {
            using var client = await app.LoginAs("caseworker");
            return await client.Post(ApiClient.Sr(sr.Reference, "/notes"), new { text = $"Simultaneous note {i}" });
        }));

        var saved = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.AssertProblem(HttpStatusCode.Conflict);
        }

        var after = await caseworker.GetSr(sr.Reference);
        Assert.InRange(saved, 1, 6);
        Assert.Equal(saved, after.Notes.Count);
        Assert.Equal(sr.Version + saved, after.Version);
        Assert.Equal(1 + saved, (await caseworker.Audit(sr.Reference)).Count);
    }

    private static Dictionary<string, object?> BodyFor(string write) => write switch
    {
        "/notes" => new() { ["text"] = "A note from the team leader." },
        "/status" => new() { ["status"] = "InProgress" },
        "/assign" => new() { ["staffNumber"] = "100002" },
        "/assignment-lock" => new() { ["locked"] = true },
        _ => [],
    };

    private static string Quoted(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");
}

public sealed class ConcurrencyTests_Sqlite(SqliteFactory app) : ConcurrencyTests(app), IClassFixture<SqliteFactory>;

public sealed class ConcurrencyTests_Postgres(PostgresFactory app) : ConcurrencyTests(app), IClassFixture<PostgresFactory>;
