using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>OPS-05: a caseworker who follows a wrong address or meets a server error gets a GOV.UK page and a way on.</summary>
public sealed class ErrorPageJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private readonly AppServer _server = app.Server;

    [Fact]
    public Task OPS05_a_mistyped_service_request_shows_page_not_found_and_leads_back_to_work() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");

        var response = await page.GotoAsync("/ServiceRequests/SR09999999");

        Assert.Equal(404, response!.Status);
        await Expect(page).ToHaveTitleAsync("Page not found - Casework");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Inbox" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Inbox$"));
    });

    [Fact]
    public Task OPS05_a_server_error_shows_the_govuk_problem_page_with_a_reference() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");

        var response = await page.GotoAsync("/Errors/Fail");

        Assert.Equal(500, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sorry, there is a problem with the service", Level = 1 })).ToBeVisibleAsync();
        var reference = await page.GetByTestId("trace-id").TextContentAsync();
        Assert.Matches("^[0-9a-f]{32}$", reference);
        await journey.SnapAsync(page, "500");
        // The same reference is in the app's log line for the error (the console logger writes a moment later).
        for (var wait = 0; wait < 50 && !_server.RecentOutput.Contains(reference!, StringComparison.Ordinal); wait++)
        {
            await Task.Delay(100);
        }

        Assert.Contains(reference!, _server.RecentOutput, StringComparison.Ordinal);
    });
}
