using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// RPT-05: a team leader reads each report — the chart drawn from the table's figures with JavaScript, the table and
/// filters alone without it — downloads the rows as CSV, and opens the SRs behind a figure; the home page leads there.
/// </summary>
public sealed class ReportJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private const string Ern = "10000291";
    private const string AllDates = "FromDay=1&FromMonth=1&FromYear=2021&ToDay=31&ToMonth=12&ToYear=2030";

    private static readonly string[] _reports = ["complaint-trends", "timeliness", "outcomes", "work-in-progress"];

    private readonly CaseworkApp _app = app;

    [Fact]
    public Task RPT05_team_leader_reads_each_report_as_chart_and_table_downloads_the_rows_and_opens_the_srs_behind_a_figure() => RunAsync(async journey =>
    {
        await SeedRepeatComplaintsAsync();
        var teamLeader = await journey.SignInAsync("teamleader");

        // The team leader's home page: headline figures with what they count, each leading into a report.
        await teamLeader.GotoAsync("/");
        await Expect(teamLeader.Heading("Your team's work today")).ToBeVisibleAsync();
        await Expect(teamLeader.SummaryValue("At risk this week")).ToContainTextAsync("within the next 5 working days");
        await teamLeader.AssertAccessibleAsync();
        await teamLeader.SummaryValue("Open work").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(teamLeader.Heading("Work in progress")).ToBeVisibleAsync();

        foreach (var report in _reports)
        {
            await teamLeader.GotoAsync($"/Reports/{report}?{AllDates}");
            await Expect(teamLeader.Locator("figure[data-chart-drawn='true'] canvas")).ToBeVisibleAsync();
            await Expect(teamLeader.Locator("figure canvas")).ToHaveAttributeAsync("role", "img");
            await Expect(teamLeader.Locator("figure canvas")).ToHaveAttributeAsync("aria-label", new Regex("table below"));
            await teamLeader.AssertAccessibleAsync();
            await journey.SnapAsync(teamLeader, $"report-{report}");
            await AssertCsvIsTheTableAsync(teamLeader, report);
        }

        // Repeat complaints link to the employer and to each complaint.
        await teamLeader.GotoAsync($"/Reports/complaint-trends?{AllDates}");
        var repeat = teamLeader.GetByRole(AriaRole.Table, new() { Name = "Repeat complaints" }).GetByRole(AriaRole.Row).Filter(new() { HasText = Ern });
        await repeat.GetByRole(AriaRole.Link, new() { Name = Ern }).ClickAsync();
        await Expect(teamLeader).ToHaveURLAsync(new Regex($"/Employers/{Ern}$"));
        await teamLeader.GoBackAsync();

        await OpenFirstFigureAsync(teamLeader, "timeliness");
    });

    [Fact]
    public async Task RPT05_every_report_reads_fully_and_filters_without_javascript()
    {
        await SeedRepeatComplaintsAsync();
        await using var context = await _app.Browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _app.Server.BaseAddress.ToString(), JavaScriptEnabled = false, Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Auth/Login");
        await page.SubmitSignInAsync("teamleader", Journey.DemoPassword);
        await Expect(page.Heading("Your team's work today")).ToBeVisibleAsync();

        foreach (var report in _reports)
        {
            await page.GotoAsync($"/Reports/{report}?{AllDates}");
            await Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
            await Expect(page.Locator("figure[data-report-chart]")).ToBeHiddenAsync();
            await Expect(page.Locator("canvas")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("definitions")).ToBeVisibleAsync();
        }

        await page.GotoAsync("/Reports/timeliness");
        await ReadTimelinessAsync(page);
        // axe-core needs script in the page, so it checks these pages in the journey with JavaScript above.
        await OpenFirstFigureAsync(page, "work-in-progress");
    }

    [Fact]
    public Task RPT05_team_leader_filters_the_timeliness_report_from_the_reports_menu() => RunAsync(async journey =>
    {
        var teamLeader = await journey.SignInAsync("teamleader");
        await teamLeader.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).First.ClickAsync();
        await Expect(teamLeader.Heading("Reports")).ToBeVisibleAsync();
        await Expect(teamLeader.SummaryValue("Open work").GetByRole(AriaRole.Link)).ToHaveTextAsync(new Regex(@"^\d+"));
        await Expect(teamLeader.SummaryValue("Complaints closed on time this month").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new Regex("/Reports/timeliness"));
        await teamLeader.AssertAccessibleAsync();
        await teamLeader.GetByRole(AriaRole.Link, new() { Name = "Timeliness" }).ClickAsync();
        await ReadTimelinessAsync(teamLeader);
    });

    /// <summary>The figure's link opens the SR list, which says it holds as many SRs as the figure.</summary>
    private static async Task OpenFirstFigureAsync(IPage page, string report)
    {
        await page.GotoAsync($"/Reports/{report}?{AllDates}");
        var link = page.GetByTestId("report-table").Locator("td a").First;
        var figure = (await link.EvaluateAsync<string>("a => a.firstChild.textContent")).Trim();
        await link.ClickAsync();
        await Expect(page.Heading("Service requests")).ToBeVisibleAsync();
        await Expect(page.Locator("#result-count")).ToHaveTextAsync(new Regex($"^{figure} service requests?$"));
        await Expect(page.GetByTestId("service-requests").GetByRole(AriaRole.Row)).ToHaveCountAsync(Math.Min(int.Parse(figure, CultureInfo.InvariantCulture), 25) + 1);
    }

    private static async Task AssertCsvIsTheTableAsync(IPage page, string report)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download these rows as CSV" }).ClickAsync());
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimEnd().Split("\r\n").Skip(1).Select(l => l.Split(',')).ToList();
        // Each cell's own text: a linked figure's first text node, without the link's hidden context.
        var table = await page.GetByTestId("report-table").Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.children].map(c => (c.querySelector('a') ? c.querySelector('a').firstChild.textContent : c.textContent).trim()))");
        Assert.Equal(table.Length, csv.Count);
        // Leading columns name the row (the outcomes table names each measure in words, the CSV by key); the rest are figures.
        var labels = report is "complaint-trends" or "timeliness" ? 2 : 1;
        for (var i = 0; i < table.Length; i++)
        {
            Assert.Equal(csv[i].Length, table[i].Length);
            for (var c = 0; c < table[i].Length; c++)
            {
                if (c >= labels)
                {
                    Assert.Equal(decimal.Parse(csv[i][c], CultureInfo.InvariantCulture), decimal.Parse(table[i][c], CultureInfo.InvariantCulture));
                }
                else if (report != "outcomes")
                {
                    Assert.Equal(csv[i][c], table[i][c]);
                }
            }
        }
    }

    private static async Task ReadTimelinessAsync(IPage page)
    {
        await Expect(page.Heading("Timeliness")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "2 working days after receipt" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download these rows as CSV" })).ToBeVisibleAsync();

        // A bad date is refused with the GOV.UK error summary linked to the field, and the filters stay as typed.
        await page.GetByRole(AriaRole.Group, new() { Name = "Received or created to" }).GetByLabel("Month").FillAsync("13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Enter a real date");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Received or created to" }).GetByLabel("Month")).ToHaveValueAsync("13");

        await page.GetByRole(AriaRole.Group, new() { Name = "Received or created from" }).GetByLabel("Day").FillAsync("1");
        await page.GetByRole(AriaRole.Group, new() { Name = "Received or created from" }).GetByLabel("Month").FillAsync("1");
        await page.GetByRole(AriaRole.Group, new() { Name = "Received or created from" }).GetByLabel("Year").FillAsync("2021");
        await page.GetByRole(AriaRole.Group, new() { Name = "Received or created to" }).GetByLabel("Month").FillAsync("12");
        await page.GetByRole(AriaRole.Group, new() { Name = "Received or created to" }).GetByLabel("Day").FillAsync("31");
        await page.GetByRole(AriaRole.Group, new() { Name = "Received or created to" }).GetByLabel("Year").FillAsync("2030");
        await page.GetByLabel("Region").SelectOptionAsync("EnglandAndWales");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Expect(page.ErrorSummary()).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Region")).ToHaveValueAsync("EnglandAndWales");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download these rows as CSV" }))
            .ToHaveAttributeAsync("href", "/Reports/timeliness?FromDay=1&FromMonth=1&FromYear=2021&ToDay=31&ToMonth=12&ToYear=2030&Region=EnglandAndWales&handler=Csv");
    }

    /// <summary>Two complaints of one employer in one category today: a repeat complaint for RPT-01, and figures in every complaint report.</summary>
    private async Task SeedRepeatComplaintsAsync()
    {
        using var http = new HttpClient { BaseAddress = _app.Server.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "caseworker", password = Journey.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));
        foreach (var issue in new[] { "Deductions taken twice in May", "Deductions taken twice again" })
        {
            using var response = await http.PostAsJsonAsync("/api/employer-complaints", new
            {
                employerErn = Ern, raisedBy = "Employer", channel = "Letter", issue, description = "Report journey", receivedOn = today, issueCategory = "DeductionsTwice",
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/employer-complaints: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
