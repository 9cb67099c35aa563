using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>Issue 12: a caseworker opens a team task from the inbox, takes it, completes it with an outcome and sees it done on the client page.</summary>
public sealed class TeamTaskJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    /// <summary>Demo receiving parent (README).</summary>
    private const string Scin = "700000001";

    [Fact]
    public Task Issue12_CON07_caseworker_takes_a_team_task_from_the_inbox_and_marks_it_done_with_an_outcome() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await page.GotoAsync($"/Clients/{Scin}");
        await page.GetByRole(AriaRole.Radio, new() { Name = "An interpreter" }).CheckAsync();
        await page.GetByLabel("Language (for an interpreter or translation)").FillAsync("Tigrinya");
        await page.GetByLabel("What the client asked for").FillAsync("Prefers to speak Tigrinya on calls");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pass the request to the team" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Request passed to your team");

        await page.GotoAsync("/Inbox?team=true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Interpreter requested — take it" }).First.ClickAsync();
        await Expect(page.Heading("Interpreter requested (Tigrinya)")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this task" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Task taken");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enter what was done (the outcome)." })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What was done").FillAsync("Tigrinya interpreter booked for calls");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as done" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Task done");
        await journey.SnapAsync(page, "team-task-done");

        await page.GotoAsync($"/Clients/{Scin}");
        var row = page.GetByTestId("client-team-tasks").GetByRole(AriaRole.Row).Filter(new() { HasText = "Tigrinya" });
        await Expect(row).ToContainTextAsync("Done");
        await Expect(row).ToContainTextAsync("Tigrinya interpreter booked for calls");
        await page.AssertAccessibleAsync();
    });
}
