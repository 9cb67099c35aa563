using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>RPT-05: a team leader reads a report from the Reports menu, filters it and is told about a bad date — with and without JavaScript.</summary>
public sealed class ReportJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private readonly CaseworkApp _app = app;

    [Fact]
    public Task RPT05_team_leader_filters_the_timeliness_report_and_reads_its_table_and_definitions() => RunAsync(async journey =>
    {
        var teamLeader = await journey.SignInAsync("teamleader");
        await teamLeader.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).First.ClickAsync();
        await Expect(teamLeader.Heading("Reports")).ToBeVisibleAsync();
        await Expect(teamLeader.SummaryValue("Open work")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*\d+\s*$"));
        await Expect(teamLeader.SummaryValue("Complaints closed on time this month").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/Reports/timeliness"));
        await teamLeader.GetByRole(AriaRole.Link, new() { Name = "Timeliness" }).ClickAsync();
        await ReadTimelinessAsync(teamLeader);
    });

    [Fact]
    public async Task RPT05_the_reports_work_without_javascript()
    {
        await using var context = await _app.Browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _app.Server.BaseAddress.ToString(), JavaScriptEnabled = false, Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Auth/Login");
        await page.SubmitSignInAsync("teamleader", Journey.DemoPassword);
        await page.GotoAsync("/Reports/timeliness");
        await ReadTimelinessAsync(page);
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
            .ToHaveAttributeAsync("href", "/api/reports/timeliness?from=2021-01-01&to=2030-12-31&region=EnglandAndWales&format=csv");
    }
}
