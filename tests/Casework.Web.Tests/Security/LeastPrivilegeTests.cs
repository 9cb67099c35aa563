using System.Net;
using Casework.Web.Tests.InboundCorrespondence;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.Security;

/// <summary>
/// SEC-10 (issue 10 item 9): the subject access and escalated complaints teams read what they need but cannot do a
/// caseworker's writes — through the API or the SR page — and a refused write changes nothing.
/// </summary>
public abstract class LeastPrivilegeTests(CaseworkFactory app)
{
    public static TheoryData<string> OtherTeams => new() { "subjectaccess", "complaintsreview" };

    [Theory]
    [MemberData(nameof(OtherTeams))]
    public async Task SEC10_other_teams_cannot_create_parties_raise_srs_add_notes_complete_activities_upload_or_work_letters(string user)
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var letter = await caseworker.QueueLetter(sr.Reference);
        var before = await caseworker.Snapshot(sr.Reference);
        var employers = await caseworker.EmployerCount();
        var other = await app.LoginAs(user);

        var refused = new List<HttpResponseMessage>
        {
            await other.TryCreateEmployer(new { name = "Not Allowed Ltd", region = "EnglandAndWales", email = "a@example.org", phones = new[] { "0161 496 0000" }, payrollAddress = "1 Street" }),
            await other.Post("/api/agents", new { name = "Not Allowed Agents", addressLine1 = "1 Street", postcode = "M1 1AA", phone = "0161 496 0000", email = "a@example.org" }),
            await other.TryRaiseSr(new { process = sr.Process, area = sr.Area, subArea = sr.SubArea, employerErn = ApiClient.DemoErn, raisedBy = "Employer", channel = "Phone" }),
            await other.Post(ApiClient.Sr(sr.Reference, "/notes"), new { text = "not mine to add" }),
            await other.Post(ApiClient.Sr(sr.Reference, $"/activities/{sr.Activities[0].Id}/done")),
            await other.PostAsync(InboundCorrespondenceApi.Url(sr.Reference), InboundCorrespondenceApi.Form(InboundCorrespondenceApi.ScannedPdf())),
            await other.TryCancelLetter(letter.Id),
            await other.Post($"/api/letters/{letter.Id}/reissue"),
            await other.Post($"/api/employers/{ApiClient.DemoErn}/letter-format", new { format = "Braille" }),
        };

        foreach (var response in refused)
        {
            var problem = await response.AssertProblem(HttpStatusCode.Forbidden);
            Assert.Equal("Forbidden", problem.Title);
        }

        await caseworker.AssertUnchanged(before);
        Assert.Equal(employers, await caseworker.EmployerCount());
        Assert.Equal("Queued", (await caseworker.Letter(sr.Reference, letter.Id)).Status);
        Assert.Single(await caseworker.LettersFor(sr.Reference));
        Assert.Equal("[]", await caseworker.GetStringAsync(InboundCorrespondenceApi.Url(sr.Reference)));
        var employer = await caseworker.GetStringAsync($"/api/employers/{ApiClient.DemoErn}");
        Assert.DoesNotContain("Braille", employer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC10_the_sr_page_offers_subject_access_no_caseworker_writes_and_refuses_a_posted_note()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var before = await caseworker.Snapshot(sr.Reference);
        var page = await PageSession.SignInAsync(app, "subjectaccess");
        var html = await page.GetHtmlAsync($"/ServiceRequests/{sr.Reference}");
        Assert.DoesNotContain("Add a note", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark done", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Upload and link", html, StringComparison.Ordinal);

        var posted = await page.PostFormAsync($"/ServiceRequests/{sr.Reference}", $"/ServiceRequests/{sr.Reference}?handler=Note", new() { ["NoteText"] = "not mine to add" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("/Auth/Denied", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }
}

public sealed class LeastPrivilegeTests_Sqlite(SqliteFactory app) : LeastPrivilegeTests(app), IClassFixture<SqliteFactory>;

public sealed class LeastPrivilegeTests_Postgres(PostgresFactory app) : LeastPrivilegeTests(app), IClassFixture<PostgresFactory>;
