using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>Each journey raises its SRs on an employer no other journey touches, so they never see each other's work.</summary>
public sealed partial class ServiceRequestJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    [Fact]
    public Task SR04_caseworker_raises_sr_ticks_every_activity_and_closes_it() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        var reference = await page.RaiseServiceRequestAsync("10000025", "Pennine Logistics Ltd", "Info Requested – Send Literature");
        await Expect(page).ToHaveURLAsync(new Regex($"/ServiceRequests/{reference}$"));

        await Expect(page.GetByText("Employer / Info Requested / Send Literature", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("Open");
        await Expect(page.SummaryValue("For")).ToHaveTextAsync("Pennine Logistics Ltd (Employer 10000025)");
        await Expect(page.SummaryValue("Raised by")).ToHaveTextAsync("Employer by phone");
        await Expect(page.SummaryValue("Owner")).ToHaveTextAsync("Carys Evans (Employer payments)");
        var markDone = page.GetByRole(AriaRole.Button, new() { NameRegex = MarkDone() });
        await Expect(markDone).ToHaveCountAsync(3);
        await journey.SnapAsync(page, "raised");

        // SR-05: Close is not offered from Open; work starts first.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true })).ToHaveCountAsync(0);
        await page.ClickActionAsync("Start work");
        await Expect(page.SuccessBanner()).ToContainTextAsync("Status changed");
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("In progress");

        // The button's accessible name says which activity it marks (a visually hidden suffix).
        await page.GetByRole(AriaRole.Button, new() { NameRegex = MarkDoneConfirmLiterature() }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Activity marked as done");
        await Expect(markDone).ToHaveCountAsync(2);

        // SR-04: an SR cannot close while an activity is open (SR-12: closing asks why and for a confirmation first).
        await page.ClickActionAsync("Close");
        await Expect(page.Heading($"Close service request {reference}")).ToBeVisibleAsync();
        await page.GetByLabel("Why can it be closed?").FillAsync("Literature sent by post.");
        await page.GetByLabel($"I want to close service request {reference}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close service request" }).ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("2 activities are still open: Send the literature, Note what was sent.");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "close-refused");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Back to service request {reference}" }).ClickAsync();
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("In progress");

        for (var open = 2; open > 0; open--)
        {
            await markDone.First.ClickAsync();
            await Expect(markDone).ToHaveCountAsync(open - 1);
        }

        await page.ClickActionAsync("Close");
        await page.GetByLabel("Why can it be closed?").FillAsync("Literature sent by post.");
        await page.GetByLabel($"I want to close service request {reference}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close service request" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Service request closed");
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("Closed – Completed");
        await Expect(page.Locator("#activities").GetByText("Done", new() { Exact = true })).ToHaveCountAsync(3);
        await Expect(page.GetByLabel("Add a note")).ToHaveCountAsync(0);

        // SR-08: every change is in the audit trail.
        var audit = page.GetByTestId("audit");
        await Expect(AuditRows(audit, "Raised")).ToHaveCountAsync(1);
        await Expect(AuditRows(audit, "Activity done")).ToHaveCountAsync(3);
        await Expect(AuditRows(audit, "Status changed")).ToHaveCountAsync(2);
        await Expect(AuditRows(audit, "Status changed").Filter(new() { HasText = "Closed – completed" })).ToHaveCountAsync(1);
        await journey.SnapAsync(page, "closed");
    });

    [Fact]
    public Task SR12_cancelling_asks_for_a_reason_and_a_confirmation_and_the_reason_is_in_the_audit_trail() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        var reference = await page.RaiseServiceRequestAsync("10000027", "Pennine Care Homes Ltd", "Info Requested – Send Literature");

        await page.ClickActionAsync("Cancel");
        await Expect(page.Heading($"Cancel service request {reference}")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Nothing given: both questions are asked again, in the order they are on the page, each linked to its field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel service request" }).ClickAsync();
        var errors = page.ErrorSummary().GetByRole(AriaRole.Link);
        await Expect(errors).ToHaveTextAsync(["Enter why the service request is being cancelled", "Confirm that you want to cancel this service request"]);
        await Expect(page.GetByLabel("Why is it being cancelled?")).ToHaveAttributeAsync("aria-describedby", "Reason-hint Reason-error");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "cancel-needs-reason");

        await errors.First.ClickAsync();
        await Expect(page.GetByLabel("Why is it being cancelled?")).ToBeFocusedAsync();
        await page.GetByLabel("Why is it being cancelled?").FillAsync("Raised twice by mistake.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel service request" }).ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Confirm that you want to cancel this service request");
        await Expect(page.GetByLabel("Why is it being cancelled?")).ToHaveValueAsync("Raised twice by mistake.");

        await page.GetByLabel($"I want to cancel service request {reference}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel service request" }).ClickAsync();

        await Expect(page.SuccessBanner()).ToContainTextAsync("Service request cancelled");
        await Expect(page.SummaryValue("Status")).ToHaveTextAsync("Closed – Cancelled");
        await Expect(AuditRows(page.GetByTestId("audit"), "Status changed")).ToContainTextAsync("Closed – cancelled (reason: Raised twice by mistake.)");
        await page.AssertAccessibleAsync();
    });

    [Fact]
    public Task SR03_employer_only_type_raised_by_an_agent_is_refused_and_no_SR_is_created() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await page.OpenEmployerAsync("10000037", "Severn Logistics Ltd");
        await Expect(page.GetByText("No service requests yet.")).ToBeVisibleAsync();

        await page.SubmitRaiseAsync("Update Details – Link Agent (employer only)", raisedBy: "Agent");

        await Expect(page.ErrorSummary()).ToContainTextAsync("can only be raised for an employer, not an agent");
        await Expect(page).ToHaveTitleAsync("Error: Raise a service request - Casework");
        await Expect(page.Heading("Raise a service request")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Process / Area / Sub Area")).ToHaveValueAsync("Employer|Update Details|Link Agent");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Agent", Exact = true })).ToBeCheckedAsync();
        await journey.SnapAsync(page, "employer-only-refused");

        await page.OpenEmployerAsync("10000037", "Severn Logistics Ltd");
        await Expect(page.GetByText("No service requests yet.")).ToBeVisibleAsync();
    });

    [Fact]
    public Task SR06_caseworker_adds_a_note_and_finds_the_new_SR_with_its_target_date_in_both_inboxes() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        var reference = await page.RaiseServiceRequestAsync("10000049", "Clyde Logistics Ltd", "Info Request – Statement Request");
        var targetDate = (await page.SummaryValue("Target date").InnerTextAsync()).Split(" – ")[0].Trim();
        Assert.Matches(UkDate(), targetDate);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.ErrorSummary()).ToContainTextAsync("Enter the note.");

        const string note = "Employer wants the statement for April to September by post.";
        await page.GetByLabel("Add a note").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Note added");
        await Expect(page.Locator(".app-note").Filter(new() { HasText = note })).ToContainTextAsync("Carys Evans");
        await Expect(AuditRows(page.GetByTestId("audit"), "Note added")).ToContainTextAsync(note);
        await Expect(page.GetByLabel("Add a note")).ToHaveValueAsync(string.Empty);

        await page.GoToMenuAsync("Inbox");
        await Expect(page.Heading("My inbox")).ToBeVisibleAsync();
        var mine = page.GetByRole(AriaRole.Table).RowFor(reference);
        await Expect(mine).ToContainTextAsync("Clyde Logistics Ltd");
        await Expect(mine).ToContainTextAsync("Info Request / Statement Request");
        await Expect(mine).ToContainTextAsync(targetDate);
        await Expect(mine).ToContainTextAsync(WorkingDaysLeft());
        await journey.SnapAsync(page, "my-inbox");

        await page.GoToMenuAsync("Team inbox");
        await Expect(page.Heading("Team inbox")).ToBeVisibleAsync();
        var team = page.GetByRole(AriaRole.Table).RowFor(reference);
        await Expect(team).ToContainTextAsync("Carys Evans");
        await Expect(team).ToContainTextAsync(targetDate);

        await team.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(page.Heading($"Service request {reference}")).ToBeVisibleAsync();
    });

    private static ILocator AuditRows(ILocator audit, string what) =>
        audit.GetByRole(AriaRole.Row).Filter(new() { Has = audit.Page.GetByRole(AriaRole.Cell, new() { Name = what, Exact = true }) });

    [GeneratedRegex("^Mark done")]
    private static partial Regex MarkDone();

    [GeneratedRegex(@"^Mark done\W+Confirm the literature requested$")]
    private static partial Regex MarkDoneConfirmLiterature();

    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$")]
    private static partial Regex UkDate();

    [GeneratedRegex(@"\(\d+ working days? left\)")]
    private static partial Regex WorkingDaysLeft();
}
