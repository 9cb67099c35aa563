using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// Employer complaints at resolution (procedure 000, EC-01…EC-14) through the pages: closed as invalid after an apology;
/// agreed by phone and closed; rejected by the employer, rejected and then approved by the team leader, and closed.
/// Each journey uses an employer no other journey touches, so its complaint is proposed at Resolution.
/// </summary>
public sealed partial class EmployerComplaintJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private const string InvalidErn = "10000211";
    private const string AgreedErn = "10000212";
    private const string RejectedErn = "10000213";
    private const string RefusedErn = "10000214";
    private const string RefundErn = "10000215";

    [Fact]
    public Task EC05_caseworker_logs_a_complaint_and_closes_it_as_invalid_after_an_apology() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.LogResolutionComplaintAsync(InvalidErn, "Rude call handler");
        await journey.SnapAsync(caseworker, "logged");

        // The next step is accepting it; closing as invalid is folded under the other actions (issue 12).
        await Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Accept as valid" })).ToBeVisibleAsync();
        await Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Close as invalid" })).Not.ToBeVisibleAsync();
        await caseworker.ShowActionAsync("Close as invalid");
        await caseworker.AssertAccessibleAsync();

        // A refusal shows the reason and changes nothing.
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Close as invalid" }).ClickAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("Record the action taken, for example the apology given.");
        await Expect(caseworker.SummaryValue("Status")).ToHaveTextAsync("Open");

        await caseworker.GetByLabel("What you did").FillAsync("Phoned the payroll manager and apologised for the call handler's manner.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Close as invalid" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Complaint closed as invalid (resolution code Invalid)");
        await Expect(caseworker.SummaryValue("Status")).ToHaveTextAsync("Closed – Cancelled");
        await Expect(caseworker.SummaryValue("Resolution code")).ToHaveTextAsync("Invalid");
        await Expect(caseworker.GetByText("This complaint is closed.")).ToBeVisibleAsync();
        await Expect(caseworker.GetByText("No letters.")).ToBeVisibleAsync();
        await journey.SnapAsync(caseworker, "closed-invalid");

        // The SR page links back to the complaint, and keeps the apology as a note.
        await caseworker.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Service request {reference}") }).ClickAsync();
        await Expect(caseworker.Heading($"Service request {reference}")).ToBeVisibleAsync();
        await Expect(caseworker.GetByText("apologised for the call handler's manner", new() { Exact = false }).First).ToBeVisibleAsync();
        await caseworker.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Open the employer complaint") }).ClickAsync();
        await Expect(caseworker.Heading($"Employer complaint {reference}")).ToBeVisibleAsync();
    });

    [Fact]
    public Task EC09_EC14_plan_agreed_by_phone_line_done_and_closed_with_CMSL8502() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.LogResolutionComplaintAsync(AgreedErn, "Deductions taken twice in March");
        await caseworker.AcceptAsValidAsync();
        await Expect(caseworker.SummaryValue("Owner")).ToContainTextAsync("Carys Evans");
        await Expect(caseworker.Letters().GetByRole(AriaRole.Cell, new() { Name = "CMSL8500", Exact = true })).ToBeVisibleAsync();
        await Expect(caseworker.GetByTestId("complaint-deadlines")).ToContainTextAsync("working days left");

        // Input is kept when a line is refused.
        await caseworker.GetByLabel("What will be done").FillAsync("Refund the second March deduction.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Add line", Exact = true }).ClickAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("Choose the resolution type.");
        await Expect(caseworker.GetByLabel("What will be done")).ToHaveValueAsync("Refund the second March deduction.");
        await caseworker.GetByLabel("Resolution type").SelectOptionAsync(new SelectOptionValue { Label = "Refund of surplus payments" });
        await caseworker.Answer("Payment", "Refund");
        await caseworker.GetByLabel("Amount in pounds (refund or redress)").FillAsync("182.40");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Add line", Exact = true }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Plan line added");
        await Expect(caseworker.PlanLines()).ToContainTextAsync("Refund £182.40, paid at once");

        await caseworker.IssuePlanByPhoneAsync();
        await caseworker.RecordResponseAsync(agrees: true, "Payroll manager agreed the refund on the phone.");
        await Expect(caseworker.SummaryValue("Plan agreed")).ToHaveTextAsync("Y");
        await Expect(caseworker.GetByRole(AriaRole.Table, new() { Name = "Revision history of the resolution plan" })).ToContainTextAsync("Agreed by the employer");

        // EC-14: while a line is open the page does not offer closing; marking lines done is the next step.
        await Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = "Mark a plan line done", Exact = true })).ToBeVisibleAsync();
        await Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Close complaint" })).ToHaveCountAsync(0);
        await caseworker.AssertAccessibleAsync();

        await caseworker.MarkLineDoneAsync(1);
        // A refusal keeps the choices made and changes nothing.
        await caseworker.SubmitCloseAsync("   ");
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("Write the closure letter's text");
        await Expect(caseworker.SummaryValue("Status")).ToHaveTextAsync("In progress");
        await caseworker.SubmitCloseAsync("We refunded the duplicate deduction of £182.40.");
        await caseworker.ExpectClosedAsync();
        await Expect(caseworker.Heading($"Employer complaint {reference}")).ToBeVisibleAsync();
        await journey.SnapAsync(caseworker, "closed");
    });

    [Fact]
    public Task EC10_EC11_EC12_rejected_plan_rejected_by_team_leader_revised_approved_and_closed() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.LogResolutionComplaintAsync(RejectedErn, "Payment allocated to the wrong paying parent");
        await caseworker.AcceptAsValidAsync();
        await caseworker.AddLineAsync("Apology", "Apologise for the misallocated payment.");
        await caseworker.IssuePlanByPhoneAsync();
        await caseworker.RecordResponseAsync(agrees: false, "The employer wants the payment moved, not an apology.");
        await Expect(caseworker.SummaryValue("Status")).ToHaveTextAsync("Pending approval – Pending approval TL");
        await Expect(caseworker.SummaryValue("Assignment lock")).ToHaveTextAsync("Locked");
        await Expect(caseworker.SummaryValue("TL approval")).ToHaveTextAsync("Pending");

        // EC-10: the approval item is in the team leader's inbox.
        var leader = await journey.SignInAsync("teamleader");
        await OpenApprovalFromInboxAsync(leader, reference);
        await Expect(leader.SummaryValue("Revision")).ToHaveTextAsync("1 (0 revisions after the first)");
        await LineDecision(leader, 1, "Reject");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Save line decisions" }).ClickAsync();
        await Expect(leader.ErrorSummary()).ToContainTextAsync("Say why the plan is rejected");
        await Expect(leader.SummaryValue("Status")).ToHaveTextAsync("Pending approval – Pending approval TL");
        await leader.GetByLabel("Comment for the caseworker").FillAsync("Move the payment to the right paying parent as well.");
        await LineDecision(leader, 1, "Reject");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Save line decisions" }).ClickAsync();
        await Expect(leader.SuccessBanner()).ToContainTextAsync($"Plan rejected: complaint {reference} is back with Carys Evans to revise");
        await Expect(leader.SummaryValue("TL approval")).ToHaveTextAsync("N (rejected)");
        await journey.SnapAsync(leader, "rejected");

        // EC-11/12: the caseworker revises the plan and sends it back.
        await caseworker.ReloadAsync();
        await Expect(caseworker.SummaryValue("Status")).ToHaveTextAsync("In progress");
        await Expect(caseworker.SummaryValue("Assignment lock")).ToHaveTextAsync("Not locked");
        await Expect(caseworker.PlanLines()).ToContainTextAsync("Move the payment to the right paying parent as well.");
        await caseworker.AddLineAsync("Allocate a misallocated payment", "Move the March payment to the right paying parent.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Withdraw line 1", Exact = true }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Plan line 1 withdrawn");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send for team leader approval" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Plan sent to your team leader for approval");
        await Expect(caseworker.SummaryValue("Status")).ToHaveTextAsync("Pending approval – Pending approval TL");

        await OpenApprovalFromInboxAsync(leader, reference);
        await Expect(leader.SummaryValue("Revision")).ToHaveTextAsync("2 (1 revision after the first)");
        await Expect(leader.GetByRole(AriaRole.Table, new() { Name = "Revision history of the resolution plan" })).ToContainTextAsync("Rejected by the team leader");
        await Expect(leader.GetByRole(AriaRole.Table, new() { Name = "Plan lines" })).Not.ToContainTextAsync("Apologise for the misallocated payment.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Approve all lines" }).ClickAsync();
        await Expect(leader.SuccessBanner()).ToContainTextAsync($"Plan approved: CMSL8501 queued and complaint {reference} is back with Carys Evans");
        await Expect(leader.SummaryValue("TL approval")).ToHaveTextAsync("Y (approved)");
        await journey.SnapAsync(leader, "approved");

        // EC-08: the team leader's list of complaints near their close-by date.
        await leader.GoToMenuAsync("Complaints at risk");
        await leader.GetByLabel("Close-by date within this many working days").FillAsync("25");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(leader.GetByRole(AriaRole.Table, new() { Name = "Employer complaints at risk of breaching" }).RowFor(reference))
            .ToContainTextAsync("working days left");

        await caseworker.ReloadAsync();
        await Expect(caseworker.SummaryValue("TL approval")).ToHaveTextAsync("Y (approved)");
        await caseworker.MarkLineDoneAsync(2);
        await caseworker.SubmitCloseAsync("We moved the March payment to the right paying parent and apologise for the error.");
        await caseworker.ExpectClosedAsync();
        await Expect(caseworker.Letters().GetByRole(AriaRole.Cell, new() { Name = "CMSL8501", Exact = true })).ToBeVisibleAsync();
        await journey.SnapAsync(caseworker, "closed");
    });

    [Fact]
    public Task EC13_a_refund_line_without_an_amount_is_refused_on_the_page_and_added_once_it_has_one() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        await caseworker.LogResolutionComplaintAsync(RefundErn, "Surplus deductions kept");
        await caseworker.AcceptAsValidAsync();

        await caseworker.GetByLabel("Resolution type").SelectOptionAsync(new SelectOptionValue { Label = "Refund of surplus payments" });
        await caseworker.GetByLabel("What will be done").FillAsync("Refund the surplus deductions");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Add line", Exact = true }).ClickAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("A refund line needs an amount in pounds greater than £0.");
        await Expect(caseworker.Locator("table").Filter(new() { HasText = "Refund the surplus deductions" })).ToHaveCountAsync(0);
        await caseworker.AssertAccessibleAsync();

        await caseworker.GetByRole(AriaRole.Radio, new() { Name = "Refund", Exact = true }).CheckAsync();
        await caseworker.GetByLabel("Amount in pounds (refund or redress)").FillAsync("0");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Add line", Exact = true }).ClickAsync();
        await Expect(caseworker.ErrorSummary()).ToContainTextAsync("greater than £0");

        await caseworker.GetByLabel("Amount in pounds (refund or redress)").FillAsync("120.50");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Add line", Exact = true }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Plan line added");
        await Expect(caseworker.PlanLines()).ToContainTextAsync("£120.50");
    });

    [Fact]
    public Task EC11_a_caseworker_is_refused_the_approval_page() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.LogResolutionComplaintAsync(RefusedErn, "Letter sent to the wrong address");
        await caseworker.GotoAsync($"/EmployerComplaints/Approval/{reference}");
        await Expect(caseworker.Heading("You do not have permission to do that")).ToBeVisibleAsync();
        await Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Approve all lines" })).ToHaveCountAsync(0);
        await Expect(caseworker.Menu().GetByRole(AriaRole.Link, new() { Name = "Complaints at risk" })).ToHaveCountAsync(0);
    });

    private static async Task OpenApprovalFromInboxAsync(IPage leader, string reference)
    {
        await leader.GoToMenuAsync("Inbox");
        var row = leader.GetByRole(AriaRole.Table).RowFor(reference);
        await row.GetByRole(AriaRole.Link, new() { Name = "Employer complaints non financial resolution plan approval" }).ClickAsync();
        await Expect(leader.Heading($"Resolution plan approval {reference}")).ToBeVisibleAsync();
    }

    private static async Task LineDecision(IPage leader, int line, string choice) =>
        await leader.GetByRole(AriaRole.Group, new() { Name = $"Decision on line {line}" })
            .GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true }).CheckAsync();
}
