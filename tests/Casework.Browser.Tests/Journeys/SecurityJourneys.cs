using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>Issue 10 item 8: the pages carry the security headers, and GOV.UK Frontend's scripts still run under the policy.</summary>
public sealed class SecurityJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    [Fact]
    public Task A_signed_in_page_has_CSP_nosniff_and_no_referrer_and_GOVUK_Frontend_still_runs() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        var response = await page.GotoAsync("/employers");

        Assert.NotNull(response);
        var headers = await response.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Contains("no-store", headers["cache-control"], StringComparison.Ordinal);
        // The layout's inline script (by nonce) and the GOV.UK Frontend module both ran.
        await Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        await Expect(page.Heading("Find an employer")).ToBeVisibleAsync();
        Assert.Empty(violations);
    });
}
