using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Casework.Domain.Clients;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Contact;

public sealed record SubjectAccessView(
    string Reference,
    string SubjectReference,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    string DueRule,
    string Region,
    bool FeeApplies,
    string Team,
    string Status,
    DateTimeOffset? CompletedAt);

/// <summary>CON-05: a SAR is logged, routed to the subject access team, due in 40 calendar days, and exported whole.</summary>
public abstract class SubjectAccessTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("2026-01-25", "2026-03-06")]
    [InlineData("2025-12-31", "2026-02-09")]
    [InlineData("2026-02-28", "2026-04-09")]
    public async Task CON05_a_sar_is_due_forty_calendar_days_after_receipt_across_month_ends(string received, string due)
    {
        var sar = await Log("700000002", DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), sar.DueOn);
        Assert.Equal(("SUBJECT-ACCESS", "Logged", true), (sar.Team, sar.Status, sar.FeeApplies));
        Assert.Matches("^SAR[0-9]{6}$", sar.Reference);
    }

    [Fact]
    public async Task CON05_no_fee_in_northern_ireland()
    {
        await app.AddClient("700600001", ClientRole.ReceivingParent, region: Casework.Domain.Calendar.Region.NorthernIreland);

        var sar = await Log("700600001", new DateOnly(2026, 2, 20));

        Assert.Equal(("NorthernIreland", false), (sar.Region, sar.FeeApplies));
    }

    [Fact]
    public async Task CON05_a_sar_not_made_in_writing_is_refused_422_and_nothing_is_logged()
    {
        var http = await app.LoginAs("caseworker");

        var problem = await (await http.Post("/api/subject-access-requests", new { subjectReference = "700000002", receivedOn = "2026-02-20", receivedInWriting = false }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("in writing", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "2026-02-20", true, "subjectReference")]
    [InlineData("799999999", "2026-02-20", true, "subjectReference")]
    [InlineData("700000002", null, true, "receivedOn")]
    [InlineData("700000002", "2026-03-03", true, "receivedOn")]
    [InlineData("700000002", "2026-02-20", null, "receivedInWriting")]
    public async Task CON05_a_sar_needs_a_known_subject_a_past_date_and_the_writing_flag_400(string? subjectReference, string? receivedOn, bool? receivedInWriting, string field) =>
        await (await (await app.LoginAs("caseworker")).Post("/api/subject-access-requests", new { subjectReference, receivedOn, receivedInWriting }))
            .AssertProblem(HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task CON05_the_export_holds_every_record_about_the_subject_and_no_security_hashes()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.Post($"/api/clients/{DemoReceivingParent}/risks", new { kind = "DomesticViolence", note = "Export me" })).Read<RiskRecordedView>(HttpStatusCode.Created);
        var call = await http.StartCall("ReceivingParent", DemoReceivingParent);
        await http.Answer(call, DemoSecrets.RightAnswer);
        var sar = await Log(DemoReceivingParent, new DateOnly(2026, 2, 27));

        var response = await (await app.LoginAs("subjectaccess")).GetAsync($"/api/subject-access-requests/{sar.Reference}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var entry = Assert.Single(zip.Entries, e => e.FullName == "subject.json");
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = await reader.ReadToEndAsync();
        }

        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Jamie Clarke", json.GetProperty("client").GetProperty("name").GetString());
        Assert.Equal(["CASE-0001", "CASE-0002"], json.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseNumber").GetString()));
        Assert.Equal(3, json.GetProperty("cases").EnumerateArray().Sum(c => c.GetProperty("qualifyingChildren").GetArrayLength()));
        Assert.Contains(json.GetProperty("representatives").EnumerateArray(), r => r.GetProperty("trn").GetString() == "55500001");
        Assert.Contains(json.GetProperty("calls").EnumerateArray(), c => c.GetProperty("id").GetInt32() == call.Id && c.GetProperty("status").GetString() == "Passed");
        Assert.Contains(json.GetProperty("riskFlags").EnumerateArray(), f => f.GetProperty("note").GetString() == "Export me");
        Assert.Contains(json.GetProperty("subjectAccessRequests").EnumerateArray(), s => s.GetProperty("reference").GetString() == sar.Reference);
        Assert.Contains(json.GetProperty("auditTrail").EnumerateArray(), a => a.GetProperty("action").GetString() == "Risk recorded");
        Assert.Contains(json.GetProperty("auditTrail").EnumerateArray(), a => a.GetProperty("action").GetString() == "Security check passed");
        // SEC-04: hashes are not information about the person; the other parent's SCIN is someone else's.
        Assert.DoesNotContain("v1.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("700000002", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON05_only_the_subject_access_team_exports_or_completes_403_and_completing_twice_is_409()
    {
        var sar = await Log("700000003", new DateOnly(2026, 2, 27));
        var caseworker = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");

        await (await caseworker.GetAsync($"/api/subject-access-requests/{sar.Reference}/export")).AssertProblem(HttpStatusCode.Forbidden);
        await (await caseworker.Post($"/api/subject-access-requests/{sar.Reference}/complete")).AssertProblem(HttpStatusCode.Forbidden);
        var completed = await (await team.Post($"/api/subject-access-requests/{sar.Reference}/complete")).Read<SubjectAccessView>(HttpStatusCode.OK);
        await (await team.Post($"/api/subject-access-requests/{sar.Reference}/complete")).AssertProblem(HttpStatusCode.Conflict);
        await (await team.GetAsync("/api/subject-access-requests/SAR999999/export")).AssertProblem(HttpStatusCode.NotFound);

        Assert.Equal(("Completed", app.Clock.GetUtcNow()), (completed.Status, completed.CompletedAt));
        (await app.Anonymous().GetAsync($"/api/subject-access-requests/{sar.Reference}")).AssertUnauthorized();
    }

    private const string DemoReceivingParent = "700000001";

    private async Task<SubjectAccessView> Log(string scin, DateOnly receivedOn) =>
        await (await (await app.LoginAs("caseworker")).Post("/api/subject-access-requests", new { subjectReference = scin, receivedOn, receivedInWriting = true }))
            .Read<SubjectAccessView>(HttpStatusCode.Created);
}

public sealed class SubjectAccessTests_Sqlite(SqliteFactory app) : SubjectAccessTests(app), IClassFixture<SqliteFactory>;

public sealed class SubjectAccessTests_Postgres(PostgresFactory app) : SubjectAccessTests(app), IClassFixture<PostgresFactory>;
