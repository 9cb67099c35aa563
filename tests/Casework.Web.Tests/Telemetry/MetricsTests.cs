using System.Net;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.EmployerComplaints;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;

namespace Casework.Web.Tests.Telemetry;

/// <summary>OPS-03: a caseworker's day moves the business counters on <c>/metrics</c> by exactly what happened.</summary>
public abstract class MetricsTests(CaseworkFactory app)
{
    private const string Raised = "casework_service_requests_raised_total";
    private const string Checks = "casework_security_checks_total";
    private const string Lockouts = "casework_security_checks_lockouts_total";
    private const string Sent = "casework_letters_sent_total";
    private const string Cancelled = "casework_letters_cancelled_total";
    private const string Breached = "casework_complaints_deadlines_breached_total";
    private const string BatchRuns = "casework_letter_batch_duration_seconds_count";

    [Fact]
    public async Task OPS03_a_journey_moves_the_business_counters_by_what_happened()
    {
        using var anonymous = app.Anonymous();
        var caseworker = await app.LoginAs("caseworker");
        var before = await Scrape.Take(anonymous);

        // Two SRs raised by hand and one by logging a complaint: three SRs of the Employer process.
        var sr = await caseworker.RaiseSr();
        await caseworker.RaiseSr(subArea: "Send Literature");
        var complaint = await caseworker.LogComplaint(receivedOn: new DateOnly(2026, 3, 2));

        // One check passed, one failed, then three failures in a row lock the second employer.
        var known = await caseworker.CreateKnownEmployer("Metrics Answers Ltd");
        await caseworker.Answer(await caseworker.StartCall("Employer", known.Ern), KnownEmployer.RightAnswer);
        await caseworker.Answer(await caseworker.StartCall("Employer", known.Ern), _ => "wrong");
        var locked = await caseworker.CreateKnownEmployer("Metrics Lockout Ltd");
        for (var i = 0; i < 3; i++)
        {
            await caseworker.Answer(await caseworker.StartCall("Employer", locked.Ern), _ => "wrong");
        }

        // Two letters queued, one cancelled, the other sent by the batch.
        var kept = await caseworker.QueueLetter(sr.Reference);
        var dropped = await caseworker.QueueLetter(sr.Reference);
        await caseworker.CancelLetter(dropped.Id);
        var teamLeader = await app.LoginAs("teamleader");
        var batch = await teamLeader.RunBatch();
        Assert.Equal(1, batch.Sent);
        Assert.Equal("Sent", (await caseworker.Letter(sr.Reference, kept.Id)).Status);

        // Nobody acknowledged the complaint within two working days: the deadline job flags it.
        app.TravelTo(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero));
        teamLeader = await app.LoginAs("teamleader");
        Assert.Equal(1, (await teamLeader.RunDeadlines()).BreachesFlagged);
        Assert.NotNull(complaint);

        var after = await Scrape.Take(anonymous);
        double Moved(string metric, params string[] labels) => after.Sum(metric, labels) - before.Sum(metric, labels);
        Assert.Equal(3, Moved(Raised, "process=\"Employer\"", "party=\"Employer\""));
        Assert.Equal(3, Moved(Raised));
        Assert.Equal(1, Moved(Checks, "outcome=\"passed\""));
        Assert.Equal(4, Moved(Checks, "outcome=\"failed\""));
        Assert.Equal(1, Moved(Lockouts));
        Assert.Equal(1, Moved(Sent, "format=\"Standard\""));
        Assert.Equal(1, Moved(Cancelled));
        Assert.Equal(1, Moved(BatchRuns));
        Assert.Equal(1, Moved(Breached));
    }

    [Fact]
    public async Task OPS03_metrics_cover_requests_and_the_runtime_as_well()
    {
        using var anonymous = app.Anonymous();
        using (await anonymous.GetAsync("/health"))
        {
        }

        var scrape = await Scrape.Take(anonymous);

        Assert.True(scrape.Sum("http_server_request_duration_seconds_count", "http_route=\"/health\"") >= 1, scrape.Text);
        Assert.Contains("\ndotnet_", scrape.Text, StringComparison.Ordinal);
    }
}

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests_Sqlite(MetricsSqliteFactory app) : MetricsTests(app), IClassFixture<MetricsSqliteFactory>;

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests_Postgres(MetricsPostgresFactory app) : MetricsTests(app), IClassFixture<MetricsPostgresFactory>;

/// <summary>OPS-03: who may read <c>/metrics</c>.</summary>
public sealed class MetricsAccessTests(SqliteFactory plain, RemoteCallerMetricsFactory remote)
    : IClassFixture<SqliteFactory>, IClassFixture<RemoteCallerMetricsFactory>
{
    [Fact]
    public async Task OPS03_without_the_prometheus_setting_there_is_no_metrics_page()
    {
        using var anonymous = plain.Anonymous();
        using var response = await anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OPS03_a_caller_from_another_machine_cannot_read_metrics_even_signed_in()
    {
        var caseworker = await remote.LoginAs("caseworker");
        using var response = await caseworker.GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("casework_", body, StringComparison.Ordinal);
    }
}
