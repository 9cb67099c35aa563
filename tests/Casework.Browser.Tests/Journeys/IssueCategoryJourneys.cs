using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>EC-16 on the logging page: the category is always asked for, and the caseworker overrides the proposed stage with a reason.</summary>
public sealed class IssueCategoryJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private const string Ern = "10000221";

    [Fact]
    public Task EC16_caseworker_logs_with_a_category_and_overrides_the_proposed_stage_with_a_reason() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        await caseworker.GotoAsync($"/EmployerComplaints/Log?ern={Ern}");
        await caseworker.GetByLabel("How the complaint arrived").SelectOptionAsync(new SelectOptionValue { Label = "Letter" });
        await caseworker.GetByLabel("Issue", new() { Exact = true }).FillAsync("Refund for January still not paid");
        await caseworker.GetByLabel("Describe the complaint").FillAsync("The employer wrote again about the January refund.");

        // The page always asks for the category.
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Check the stage" }).ClickAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("Choose the issue category.");
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Choose the issue category." }).ClickAsync();
        await Expect(caseworker.GetByLabel("Issue category")).ToBeFocusedAsync();

        await caseworker.GetByLabel("Issue category").SelectOptionAsync(new SelectOptionValue { Label = "Refund late or missing" });
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Check the stage" }).ClickAsync();
        await Expect(caseworker.GetByRole(AriaRole.Status)).ToContainTextAsync("Proposed stage: Resolution");

        // An override needs a reason; then it is logged at the chosen stage.
        await caseworker.GetByRole(AriaRole.Radio, new() { Name = "Review (override)" }).CheckAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("Give the reason for overriding the proposed stage.");
        await Expect(caseworker.GetByLabel("Issue category")).ToHaveValueAsync("RefundDelay");

        await caseworker.GetByLabel("Reason for overriding the proposed stage").FillAsync("The employer's MP has asked for a review.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("logged at Review");
        await Expect(caseworker.SummaryValue("Stage")).ToContainTextAsync("Review");
        await Expect(caseworker.SummaryValue("Issue category")).ToHaveTextAsync("Refund late or missing");
        await Expect(caseworker.SummaryValue("Stage override")).ToHaveTextAsync("The employer's MP has asked for a review.");
    });
}
