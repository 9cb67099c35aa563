using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

public sealed class EmployerJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    [Fact]
    public Task P01_caseworker_finds_an_employer_by_name_and_by_ERN_and_sees_its_account_team() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await page.GoToMenuAsync("Employers");
        await Expect(page.Heading("Find an employer")).ToBeVisibleAsync();

        await page.SearchEmployersAsync("Harbour");
        var results = page.GetByRole(AriaRole.Table);
        await Expect(page.GetByText("12 employers found")).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Link)).ToHaveCountAsync(12);
        foreach (var name in await results.GetByRole(AriaRole.Link).AllInnerTextsAsync())
        {
            Assert.StartsWith("Harbour ", name, StringComparison.Ordinal);
        }

        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Harbour Foods plc", Exact = true })).ToBeVisibleAsync();
        await journey.SnapAsync(page, "search-by-name");

        await page.SearchEmployersAsync("10000001");
        await Expect(page.GetByText("1 employer found")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Search).GetByLabel("Employer name or ERN")).ToHaveValueAsync("10000001");
        var row = results.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "10000001", Exact = true }) });
        await row.GetByRole(AriaRole.Link, new() { Name = "Northgate Logistics Ltd", Exact = true }).ClickAsync();

        await Expect(page.Heading("Northgate Logistics Ltd")).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync("Northgate Logistics Ltd - Casework");
        await Expect(page.SummaryValue("Employer reference number (ERN)")).ToHaveTextAsync("10000001");
        var team = page.GetByRole(AriaRole.Complementary, new() { Name = "Account team" });
        await Expect(team).ToContainTextAsync("Segment manager");
        await Expect(team).ToContainTextAsync("Priya Shah (staff number 100050)");
        await Expect(team).ToContainTextAsync("No account manager is assigned.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Raise a service request" })).ToBeVisibleAsync();
        await journey.SnapAsync(page, "employer");
    });
}
