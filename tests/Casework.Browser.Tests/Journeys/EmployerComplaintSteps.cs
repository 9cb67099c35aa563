using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>The caseworker's steps on the employer complaint pages, found by role and label as a screen reader finds them.</summary>
public static partial class EmployerComplaintSteps
{
    /// <summary>From the employer's page: log a complaint, check the proposed stage is Resolution, log it; returns the reference.</summary>
    public static async Task<string> LogResolutionComplaintAsync(this IPage page, string ern, string issue, string category = "Other")
    {
        await page.GotoAsync($"/Employers/{ern}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log an employer complaint" }).ClickAsync();
        await Expect(page.Heading("Log an employer complaint")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Related employer complaints" }))
            .ToContainTextAsync("This employer has no other complaints.");

        await page.GetByRole(AriaRole.Group, new() { Name = "Who raised it" }).GetByRole(AriaRole.Radio, new() { Name = "Employer", Exact = true }).CheckAsync();
        await page.GetByLabel("How the complaint arrived").SelectOptionAsync(new SelectOptionValue { Label = "Letter" });
        await page.GetByLabel("Issue category").SelectOptionAsync(new SelectOptionValue { Label = category });
        await page.GetByLabel("Issue", new() { Exact = true }).FillAsync(issue);
        await page.GetByLabel("Describe the complaint").FillAsync($"The employer writes: {issue.ToLowerInvariant()}.");

        // EC-02: the stage is proposed before the complaint is logged.
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the stage" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Proposed stage: Resolution");
        await Expect(page.GetByLabel("Issue", new() { Exact = true })).ToHaveValueAsync(issue);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = ComplaintHeading() });
        await Expect(heading).ToBeVisibleAsync();
        var reference = ComplaintHeading().Match(await heading.InnerTextAsync()).Groups["reference"].Value;
        await Expect(page.SuccessBanner()).ToContainTextAsync($"Complaint {reference} logged at Resolution");
        await Expect(page.SummaryValue("Stage")).ToHaveTextAsync("Resolution (Level 1)");
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("Open");
        return reference;
    }

    public static async Task AcceptAsValidAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as valid" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Complaint accepted as valid: acknowledgement CMSL8500 queued");
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("In progress");
    }

    /// <summary>
    /// The complaint page shows the next step open and folds the other actions the state allows (issue 12): opens the
    /// fold when the action's section is in it.
    /// </summary>
    public static async Task ShowActionAsync(this IPage page, string action)
    {
        if (!await page.GetByRole(AriaRole.Heading, new() { Name = action, Exact = true }).IsVisibleAsync())
        {
            await page.GetByText(OtherActions()).ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = action, Exact = true })).ToBeVisibleAsync();
    }

    public static async Task AddLineAsync(this IPage page, string resolutionType, string action)
    {
        await page.ShowActionAsync("Add a line to the plan");
        await page.GetByLabel("Resolution type").SelectOptionAsync(new SelectOptionValue { Label = resolutionType });
        await page.GetByLabel("What will be done").FillAsync(action);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add line", Exact = true }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Plan line added");
        await Expect(page.PlanLines()).ToContainTextAsync(action);
    }

    public static async Task IssuePlanByPhoneAsync(this IPage page)
    {
        await page.ShowActionAsync("Issue the plan to the employer");
        await page.Answer("Did you reach the employer by phone to discuss the plan?", "Yes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue plan" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Plan discussed with the employer by phone");
    }

    public static async Task RecordResponseAsync(this IPage page, bool agrees, string note)
    {
        await page.ShowActionAsync("Record the employer's answer");
        await page.Answer("Does the employer agree the plan?", agrees ? "Yes, agrees" : "No, rejects");
        await page.GetByLabel("Note of what was agreed or disputed").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync(agrees ? "Employer agrees the plan" : "Employer rejects the plan: sent to your team leader for approval");
        await Expect(page.SummaryValue("Employer agrees plan")).ToHaveTextAsync(agrees ? "Y" : "N");
    }

    public static async Task MarkLineDoneAsync(this IPage page, int line)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark done line {line}", Exact = true }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync($"Plan line {line} done");
    }

    /// <summary>Fills the closure form (paragraph TM_020275_E) and submits it; does not check the outcome.</summary>
    public static async Task SubmitCloseAsync(this IPage page, string freeText)
    {
        await page.ShowActionAsync("Close the complaint");
        await page.GetByRole(AriaRole.Group, new() { Name = "Closure letter opening paragraph" })
            .GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("confirm the outcome of our phone conversation") }).CheckAsync();
        await page.GetByLabel("Closure letter text").FillAsync(freeText);
        await page.GetByRole(AriaRole.Button, new() { Name = "Close complaint" }).ClickAsync();
    }

    /// <summary>After closing: Closed / Completed, the three flags Y and CMSL8502 among the letters (EC-14).</summary>
    public static async Task ExpectClosedAsync(this IPage page)
    {
        await Expect(page.SuccessBanner()).ToContainTextAsync("Complaint closed: closure letter CMSL8502 queued");
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("Closed – Completed");
        await Expect(page.SummaryValue("Resolution code")).ToHaveTextAsync("Resolved");
        await Expect(page.SummaryValue("Issue plan to employer")).ToHaveTextAsync("Y");
        await Expect(page.SummaryValue("Plan agreed")).ToHaveTextAsync("Y");
        await Expect(page.SummaryValue("Issue closure letter")).ToHaveTextAsync("Y");
        await Expect(page.Letters().GetByRole(AriaRole.Cell, new() { Name = "CMSL8502", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close complaint" })).ToHaveCountAsync(0);
    }

    public static ILocator PlanLines(this IPage page) => page.GetByRole(AriaRole.Table, new() { Name = "Lines of the resolution plan" });

    public static ILocator Letters(this IPage page) => page.GetByRole(AriaRole.Table, new() { Name = "Letters for this complaint" });

    public static async Task Answer(this IPage page, string question, string answer) =>
        await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true }).CheckAsync();

    [GeneratedRegex(@"^Other actions \(\d+\)$")]
    private static partial Regex OtherActions();

    [GeneratedRegex(@"^Employer complaint (?<reference>SR\d+)$")]
    public static partial Regex ComplaintHeading();
}
