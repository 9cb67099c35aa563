using System.Net;
using System.Net.Http.Headers;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 items 2 and 3: bad input is a 400 naming the field on both providers, never a 500, and changes nothing.</summary>
public abstract class BadInputTests(CaseworkFactory app)
{
    [Fact]
    public async Task A_NUL_in_the_anonymous_login_is_400_naming_the_field()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.Login("case\u0000worker", ApiClient.DemoPassword)).AssertProblem(HttpStatusCode.BadRequest, "userName");
    }

    [Fact]
    public async Task A_NUL_in_a_query_value_is_400_naming_the_parameter()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync("/api/employers?search=%00")).AssertProblem(HttpStatusCode.BadRequest, "search");
    }

    [Fact]
    public async Task A_control_character_in_a_note_is_400_and_the_SR_is_unchanged_but_new_lines_and_tabs_are_text()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await http.Snapshot(sr.Reference);

        await (await http.Post(ApiClient.Sr(sr.Reference, "/notes"), new { text = "Called \u0007 back" })).AssertProblem(HttpStatusCode.BadRequest, "text");
        await (await http.Post(ApiClient.Sr(sr.Reference, "/notes"), new { text = "Called\u0000" })).AssertProblem(HttpStatusCode.BadRequest, "text");
        await http.AssertUnchanged(before);

        var noted = await http.AddNote(sr.Reference, "Line one\r\n\tLine two");
        Assert.Contains(noted.Notes, n => n.Text == "Line one\r\n\tLine two");
    }

    [Fact]
    public async Task A_control_character_inside_a_nested_object_names_the_nested_field()
    {
        var http = await app.LoginAs("caseworker");
        var response = await http.Post("/api/clients/700000001/letters", new { code = "CMSL8003", fields = new Dictionary<string, string> { ["name"] = "x\u0001" } });
        await response.AssertProblem(HttpStatusCode.BadRequest, "fields.name");
    }

    [Fact]
    public async Task A_contact_suppression_reason_longer_than_its_column_is_400_on_both_providers()
    {
        var http = await app.LoginAs("caseworker");
        var before = await http.GetStringAsync("/api/clients/700000002");
        var response = await http.Post("/api/clients/700000002/contact-suppression", new { reason = new string('r', 5000) });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors!.Values.SelectMany(m => m), m => m.Contains("500 characters", StringComparison.Ordinal));
        Assert.Equal(before, await http.GetStringAsync("/api/clients/700000002"));
    }

    [Fact]
    public async Task Adding_working_days_from_the_last_representable_date_is_400_not_500()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync("/api/calendar/working-days/add?from=9999-12-31&days=5&region=EnglandAndWales"))
            .AssertProblem(HttpStatusCode.BadRequest, "from");
        await (await http.GetAsync("/api/calendar/working-days/add?from=9999-12-31&days=5"))
            .AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_stage_proposal_received_on_year_one_is_400_naming_receivedOn()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync($"/api/employer-complaints/stage-proposal?employerErn={ApiClient.DemoErn}&issue=Deductions&receivedOn=0001-01-01"))
            .AssertProblem(HttpStatusCode.BadRequest, "receivedOn");
    }

    [Fact]
    public async Task A_truncated_multipart_upload_is_400_naming_the_file_and_stores_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var truncated = new ByteArrayContent("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 trunc"u8.ToArray());
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b0undary");

        var response = await http.PostAsync(ApiClient.Sr(sr.Reference, "/inbound-documents"), truncated);

        await response.AssertProblem(HttpStatusCode.BadRequest, "file");
        Assert.Equal("[]", await http.GetStringAsync(ApiClient.Sr(sr.Reference, "/inbound-documents")));
    }
}

public sealed class BadInputTests_Sqlite(SqliteFactory app) : BadInputTests(app), IClassFixture<SqliteFactory>;

public sealed class BadInputTests_Postgres(PostgresFactory app) : BadInputTests(app), IClassFixture<PostgresFactory>;
