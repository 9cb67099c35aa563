using System.Net;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.SubjectAccess;

/// <summary>CON-05 on the pages: a caseworker logs a SAR; only the subject access team downloads the export.</summary>
public abstract class SubjectAccessPageTests(CaseworkFactory app)
{
    [Fact]
    public async Task CON05_caseworker_logs_a_sar_on_the_page_and_the_team_downloads_the_zip()
    {
        var employer = await (await app.LoginAs("caseworker")).CreateEmployer("Page Sar Ltd");
        var caseworker = await PageSession.SignInAsync(app, "caseworker");
        var today = app.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var logged = await caseworker.PostFormAsync("/SubjectAccess/Log", "/SubjectAccess/Log", new()
        {
            ["SubjectReference"] = employer.Ern, ["ReceivedInWriting"] = "true", ["ReceivedOn"] = today,
        });

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var url = logged.Headers.Location!.OriginalString;
        Assert.Contains("logged for the subject access team", await caseworker.GetHtmlAsync(url), StringComparison.Ordinal);
        var reference = url.Split('/')[^1];
        // A page refuses through the cookie scheme: a redirect to access denied, never the ZIP.
        using var refused = await caseworker.Http.GetAsync($"{url}?handler=Export");
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.NotEqual("application/zip", refused.Content.Headers.ContentType?.MediaType);

        var team = await PageSession.SignInAsync(app, "subjectaccess");
        Assert.Contains(reference, await team.GetHtmlAsync("/SubjectAccess"), StringComparison.Ordinal);
        Assert.Contains("Download everything held", await team.GetHtmlAsync(url), StringComparison.Ordinal);
        using var download = await team.Http.GetAsync($"{url}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(bytes, 0, 2));
    }

    [Fact]
    public async Task CON05_the_log_page_shows_each_refusal_and_logs_nothing()
    {
        var employer = await (await app.LoginAs("caseworker")).CreateEmployer("Page Sar Refused Ltd");
        var caseworker = await PageSession.SignInAsync(app, "caseworker");
        var before = await app.SarCount();

        var empty = await caseworker.PostFormAsync("/SubjectAccess/Log", "/SubjectAccess/Log", new());
        var byPhone = await caseworker.PostFormAsync("/SubjectAccess/Log", "/SubjectAccess/Log", new()
        {
            ["SubjectReference"] = employer.Ern, ["ReceivedInWriting"] = "false", ["ReceivedOn"] = "2026-02-01",
        });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (empty.StatusCode, byPhone.StatusCode));
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Enter the SCIN or ERN", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Enter the date the request was received", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("must be made in writing", WebUtility.HtmlDecode(await byPhone.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.SarCount());
    }
}

public sealed class SubjectAccessPageTests_Sqlite(SqliteFactory app) : SubjectAccessPageTests(app), IClassFixture<SqliteFactory>;

public sealed class SubjectAccessPageTests_Postgres(PostgresFactory app) : SubjectAccessPageTests(app), IClassFixture<PostgresFactory>;
