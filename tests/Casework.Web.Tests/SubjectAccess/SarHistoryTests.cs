using System.Net;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.SubjectAccess;

/// <summary>SR-08, CON-05: the SAR page and the SAR export give the history in words (team names, UK dates, no codes).</summary>
public abstract class SarHistoryTests(CaseworkFactory app)
{
    [Fact]
    public async Task CON05_the_sar_page_and_export_read_the_history_in_words()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var employer = await http.CreateEmployer("History In Words Ltd");
        var sr = await http.RaiseSr(employerErn: employer.Ern);
        await http.AddNote(sr.Reference, "Asked for the leaflet");
        var sar = await http.LogSar(employer.Ern, app.Today());

        var page = await PageSession.SignInAsync(app, "subjectaccess");
        var html = WebUtility.HtmlDecode(await page.GetHtmlAsync($"/SubjectAccess/Request/{sar.Reference}"));
        var historyAt = html.IndexOf("data-testid=\"sar-history\"", StringComparison.Ordinal);
        Assert.True(historyAt > 0, "The SAR page has no history table.");
        var history = html[historyAt..html.IndexOf("</table>", historyAt, StringComparison.Ordinal)];
        Assert.Contains("Subject access request logged", history, StringComparison.Ordinal);
        Assert.Contains("Subject access team", history, StringComparison.Ordinal);
        Assert.DoesNotContain("SUBJECT-ACCESS", history, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", history);

        var export = await team.Export(sar.Reference);
        var lines = export.Data.GetProperty("history").EnumerateArray().ToList();
        var logged = Assert.Single(lines, l => l.GetProperty("subject").GetString() == sar.Reference);
        Assert.Equal("Subject access request logged", logged.GetProperty("what").GetString());
        Assert.Contains("Subject access team", logged.GetProperty("after").GetString(), StringComparison.Ordinal);
        var raised = Assert.Single(lines, l => l.GetProperty("subject").GetString() == sr.Reference && l.GetProperty("what").GetString() == "Raised");
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", raised.GetProperty("after").GetString()!);
        // The raw trail is still there, as written.
        Assert.Contains("team SUBJECT-ACCESS", export.Text, StringComparison.Ordinal);
    }
}

public sealed class SarHistoryTests_Sqlite(SqliteFactory app) : SarHistoryTests(app), IClassFixture<SqliteFactory>;

public sealed class SarHistoryTests_Postgres(PostgresFactory app) : SarHistoryTests(app), IClassFixture<PostgresFactory>;
