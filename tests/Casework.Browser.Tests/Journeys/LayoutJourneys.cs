using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>What a caseworker sees, beyond what the journeys click: the GOV.UK layout holds together.</summary>
public sealed class LayoutJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    [Fact]
    public Task Employer_and_SR_pages_show_one_summary_row_per_detail_without_sideways_scrolling() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await page.OpenEmployerAsync("10000073", "Lagan Logistics Ltd");
        await ExpectFlatSummaryListAsync(page);

        await page.RaiseServiceRequestAsync("10000073", "Lagan Logistics Ltd", "Info Requested – Send Literature");
        await ExpectFlatSummaryListAsync(page);
    });

    private static async Task ExpectFlatSummaryListAsync(IPage page)
    {
        await Expect(page.Locator(".govuk-summary-list__row .govuk-summary-list__row")).ToHaveCountAsync(0);
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{page.Url} scrolls sideways at 1280 px wide.");
    }
}
