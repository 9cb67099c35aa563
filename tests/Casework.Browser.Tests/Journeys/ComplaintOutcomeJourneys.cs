using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// Complaint outcomes and compliments (OUT-01..06, procedure 002): a caseworker records each issue's outcome, sees the
/// complaint's outcome derived, records the remedy, an investigation step and the finalisation, then a compliment.
/// The complaint is raised on an employer no other journey touches.
/// </summary>
public sealed partial class ComplaintOutcomeJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private const string Ern = "10000130";
    private const string Employer = "Oakfield Hospitality Ltd";
    private const string ReviewErn = "10000142";
    private const string ReviewEmployer = "Riverside Hospitality Ltd";

    [Fact]
    public Task OUT03_caseworker_records_issue_outcomes_sees_partially_upheld_finalises_and_records_a_compliment() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        var reference = await page.RaiseServiceRequestAsync(Ern, Employer, "Complaints – Resolution (employer only)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Complaint issues, outcome and finalisation" }).ClickAsync();

        await Expect(page.Heading($"Complaint {reference}")).ToBeVisibleAsync();
        await Expect(page.SummaryValue("Level")).ToHaveTextAsync("1");
        await Expect(page.SummaryValue("Outcome")).ToHaveTextAsync("Not yet – every issue needs an outcome");

        // OUT-01: two category/issue lines.
        await AddIssueAsync(page, "Payments", "Refund was paid late", "Issue 1 added");
        await AddIssueAsync(page, "Staff", "Call back not made", "Issue 2 added");
        await journey.SnapAsync(page, "issues");

        // OUT-02/03: the outcome is derived only when the last line is final.
        await SaveOutcomeAsync(page, 1, "Upheld");
        await Expect(page.SuccessBanner()).ToContainTextAsync("Outcome of issue 1 recorded");
        await Expect(page.SummaryValue("Outcome")).ToHaveTextAsync("Not yet – every issue needs an outcome");
        await SaveOutcomeAsync(page, 2, "Not upheld");
        await Expect(page.SuccessBanner()).ToContainTextAsync("Outcome of issue 2 recorded: the complaint is partially upheld");
        await Expect(page.SummaryValue("Outcome")).ToHaveTextAsync("Partially upheld");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = SaveOutcome() })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add issue" })).ToHaveCountAsync(0);
        var issues = page.GetByRole(AriaRole.Table, new() { Name = "Complaint issues" });
        await Expect(issues.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Upheld");
        await Expect(issues.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Not upheld");
        await journey.SnapAsync(page, "outcome-derived");

        // OUT-04: the remedy from the configured list.
        await page.GetByLabel("Remedy", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Apology" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save remedy" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Remedy recorded");
        await Expect(page.SummaryValue("Remedy")).ToHaveTextAsync("Apology");

        // OUT-05: a headed step naming a member of staff by first name, site, team and extension.
        await page.GetByLabel("Step heading").FillAsync("Call recording");
        await page.GetByLabel("What was done").FillAsync("Listened to the call of 24 November: the call back was promised.");
        await page.GetByLabel("Member of staff involved (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Dev Patel (100002)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add step" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Investigation step 1 added");
        var steps = page.GetByRole(AriaRole.List, new() { Name = "Investigation steps" });
        await Expect(steps.GetByRole(AriaRole.Heading, new() { Name = "Call recording" })).ToBeVisibleAsync();
        await Expect(steps).ToContainTextAsync("Staff: Dev, Bootle, Employer payments, extension 4101");

        // OUT-05: a partially upheld complaint needs feedback before it is finalised.
        await page.GetByLabel("Finalisation summary").FillAsync("The refund was late and we apologised; the call back was made on time.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finalise complaint" }).ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("prepare the feedback for an upheld complaint");
        await journey.SnapAsync(page, "feedback-needed");
        await page.GetByLabel("Feedback", new() { Exact = true }).FillAsync("Refunds team to pay surplus within two working days.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finalise complaint" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Complaint finalised");
        await Expect(page.SummaryValue("Finalisation summary")).ToHaveTextAsync("The refund was late and we apologised; the call back was made on time.");
        await Expect(page.SummaryValue("Feedback")).ToHaveTextAsync("Refunds team to pay surplus within two working days.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add step" })).ToHaveCountAsync(0);
        await journey.SnapAsync(page, "finalised");

        // OUT-06: a compliment against a member of staff, with what it was about.
        var about = $"Patient call about a missed payment {reference}";
        await page.GoToMenuAsync("Compliments");
        await Expect(page.Heading("Compliments")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "A member of staff" }).CheckAsync();
        await page.GetByLabel("Member of staff", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dev Patel (100002)" });
        await page.GetByLabel("What was it about?").FillAsync(about);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record compliment" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Compliment recorded against Dev (Bootle, Employer payments, extension 4101)");
        var row = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = about });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Dev, Bootle, Employer payments, extension 4101");
        await Expect(row).ToContainTextAsync("Carys Evans (100001)");
        await journey.SnapAsync(page, "compliment");
    });

    [Fact]
    public Task OUT04_escalated_complaints_records_that_a_level_2_complaint_needs_a_written_response_then_sends_it() => RunAsync(async journey =>
    {
        // SEC-10: a caseworker raises the SR; the escalated complaints team works the complaint.
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.RaiseServiceRequestAsync(ReviewErn, ReviewEmployer, "Complaints – Review (employer only)");
        var page = await journey.SignInAsync("complaintsreview");
        await page.GotoAsync($"/ServiceRequests/{reference}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Complaint issues, outcome and finalisation" }).ClickAsync();

        await Expect(page.Heading($"Complaint {reference}")).ToBeVisibleAsync();
        await Expect(page.SummaryValue("Level")).ToHaveTextAsync("2");
        await Expect(page.SummaryValue("Written response")).ToHaveTextAsync("Not recorded");
        // OUT-02: Escalated is not offered at Level 2.
        await AddIssueAsync(page, "Payments", "Resolution did not refund the surplus", "Issue 1 added");
        await Expect(page.GetByLabel("Outcome of issue 1").Locator("option")).ToHaveTextAsync(["Not final", "Upheld", "Not upheld", "Withdrawn"]);

        // OUT-04: a date sent needs a summary of what was said.
        var form = page.GetByRole(AriaRole.Group, new() { Name = "Is a written response required?" });
        await form.GetByRole(AriaRole.Radio, new() { Name = "Yes" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save written response" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Written response recorded");
        await Expect(page.SummaryValue("Written response")).ToHaveTextAsync("Required – not yet sent");

        await page.FillDateAsync("Date sent", "31", "6", "2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save written response" }).ClickAsync();
        await Expect(page.ErrorSummary().GetByRole(AriaRole.Link, new() { Name = "Date sent must be a real date" })).ToHaveAttributeAsync("href", "#Written_sentOn");
        await page.FillDateAsync("Date sent", new DateOnly(2025, 6, 2));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save written response" }).ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Summarise what the written response said.");
        await page.GetByLabel("Summary of the written response").FillAsync("Explained the review's findings and the refund now due.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save written response" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Written response recorded");
        await Expect(page.SummaryValue("Written response")).ToHaveTextAsync("Sent 2 June 2025");
        await journey.SnapAsync(page, "written-response");
    });

    private static async Task AddIssueAsync(IPage page, string category, string issue, string banner)
    {
        await page.GetByLabel("Category").FillAsync(category);
        await page.GetByLabel("Issue", new() { Exact = true }).FillAsync(issue);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add issue" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync(banner);
    }

    private static async Task SaveOutcomeAsync(IPage page, int issue, string outcome)
    {
        await page.GetByLabel($"Outcome of issue {issue}").SelectOptionAsync(new SelectOptionValue { Label = outcome });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save outcome of issue {issue}" }).ClickAsync();
    }

    [GeneratedRegex("^Save outcome")]
    private static partial Regex SaveOutcome();
}
