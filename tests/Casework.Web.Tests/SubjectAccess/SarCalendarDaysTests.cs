using System.Net;
using System.Text.Json;
using Casework.Domain.Clients;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.SubjectAccess;

/// <summary>CAL-01, CON-05: a SAR's deadline counts calendar days, and every row that shows it says so.</summary>
public abstract class SarCalendarDaysTests(CaseworkFactory app)
{
    [Fact]
    public async Task CAL01_sar_rows_count_calendar_days_left_not_working_days()
    {
        var caseworker = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var scin = ClientScins.Next();
        await app.AddClient(scin, ClientRole.PayingParent, withSecurity: false);
        var sar = await caseworker.LogSar(scin, app.Today().AddDays(-10));

        // The API: the SAR and its inbox item carry calendarDaysLeft; 30 calendar days hold fewer working days.
        using var sarJson = JsonDocument.Parse(await team.GetStringAsync(new Uri($"{SubjectAccessApi.Route}/{sar.Reference}", UriKind.Relative)));
        Assert.Equal(30, sarJson.RootElement.GetProperty("calendarDaysLeft").GetInt32());
        var item = await InboxItemAsync(team, sar.Reference);
        Assert.Equal(30, item.GetProperty("calendarDaysLeft").GetInt32());
        Assert.True(item.GetProperty("workingDaysLeft").GetInt32() < 30);

        // The pages: the team inbox row, the SAR list and the SAR page all say calendar days.
        var page = await PageSession.SignInAsync(app, "subjectaccess");
        var row = Row(await page.GetHtmlAsync("/Inbox?team=true&pageSize=200"), sar.Reference);
        Assert.Contains("(30 calendar days left)", row, StringComparison.Ordinal);
        Assert.DoesNotContain("working days", row, StringComparison.Ordinal);
        Assert.Contains("(30 calendar days left)", Row(await page.GetHtmlAsync("/SubjectAccess"), sar.Reference), StringComparison.Ordinal);
        var details = WebUtility.HtmlDecode(await page.GetHtmlAsync($"/SubjectAccess/Request/{sar.Reference}"));
        Assert.Contains("(30 calendar days left) — 40 calendar days after receipt on", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CAL01_an_sr_row_in_the_same_inbox_still_counts_working_days()
    {
        var caseworker = await app.LoginAs("caseworker");
        var employer = await caseworker.CreateEmployer("Calendar Days Sr Ltd");
        var sr = await caseworker.RaiseSr(employerErn: employer.Ern);

        var item = await InboxItemAsync(caseworker, sr.Reference);

        Assert.Equal(JsonValueKind.Null, item.GetProperty("calendarDaysLeft").ValueKind);
        var page = await PageSession.SignInAsync(app, "caseworker");
        Assert.Contains("working days left", Row(await page.GetHtmlAsync("/Inbox?pageSize=200"), sr.Reference), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> InboxItemAsync(HttpClient http, string reference)
    {
        foreach (var team in new[] { "true", "false" })
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/inbox?team={team}&pageSize=200", UriKind.Relative)));
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("reference").GetString() == reference)
                {
                    return item.Clone();
                }
            }
        }

        throw new Xunit.Sdk.XunitException($"{reference} is in no inbox page.");
    }

    private static string Row(string html, string reference)
    {
        var at = html.IndexOf($">{reference}</a>", StringComparison.Ordinal);
        Assert.True(at > 0, $"{reference} is not on the page");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[start..end]);
    }
}

public sealed class SarCalendarDaysTests_Sqlite(SqliteFactory app) : SarCalendarDaysTests(app), IClassFixture<SqliteFactory>;

public sealed class SarCalendarDaysTests_Postgres(PostgresFactory app) : SarCalendarDaysTests(app), IClassFixture<PostgresFactory>;
