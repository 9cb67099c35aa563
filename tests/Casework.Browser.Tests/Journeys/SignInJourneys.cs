using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

public sealed partial class SignInJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    [Fact]
    public Task Signed_out_caseworker_is_sent_to_sign_in_and_then_to_the_page_they_asked_for() => RunAsync(async journey =>
    {
        var page = await journey.NewPageAsync("caseworker");
        await page.GotoAsync("/employers");

        await Expect(page).ToHaveURLAsync(LoginWithReturnUrl());
        await Expect(page).ToHaveTitleAsync("Sign in - Casework");
        await Expect(page.Heading("Sign in to Casework")).ToBeVisibleAsync();
        await journey.SnapAsync(page, "sign-in");

        await page.SubmitSignInAsync("caseworker", Journey.DemoPassword);

        await Expect(page.Heading("Find an employer")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page.Heading("My inbox")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Wrong_password_shows_the_error_summary_and_does_not_sign_in() => RunAsync(async journey =>
    {
        var page = await journey.NewPageAsync("caseworker");
        await page.GotoAsync("/Auth/Login");

        await page.SubmitSignInAsync("caseworker", "Not-the-password-1!");

        await Expect(page).ToHaveTitleAsync("Error: Sign in - Casework");
        var summary = page.ErrorSummary();
        await Expect(summary).ToContainTextAsync(WrongOrLocked);
        // GOV.UK Frontend moves focus to the summary so a screen reader announces it.
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("User name")).ToHaveValueAsync("caseworker");
        await Expect(page.GetByLabel("Password")).ToHaveValueAsync(string.Empty);
        await journey.SnapAsync(page, "wrong-password");

        await summary.GetByRole(AriaRole.Link, new() { Name = WrongOrLocked }).ClickAsync();
        await Expect(page.GetByLabel("User name")).ToBeFocusedAsync();

        await page.SubmitSignInAsync("caseworker", Journey.DemoPassword);
        await Expect(page.Heading("My inbox")).ToBeVisibleAsync();
    });

    /// <summary>SEC-11: one message for a wrong name, a wrong password and a locked account.</summary>
    private const string WrongOrLocked =
        "The user name or password is wrong, or the account is locked after repeated failed sign-ins. Check them, or try again in 15 minutes.";

    [GeneratedRegex(@"/Auth/Login\?ReturnUrl=%2Femployers$")]
    private static partial Regex LoginWithReturnUrl();
}
