using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// EC-10…EC-12 (issue 12): the team leader's approval page says why the plan is there — the employer's answer and note —
/// and what changed between the plan's revisions, in words.
/// </summary>
public sealed class PlanRevisionJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private const string Ern = "10000226";

    [Fact]
    public Task EC10_EC12_the_team_leader_sees_the_employers_note_and_what_changed_in_the_revised_plan() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.LogResolutionComplaintAsync(Ern, "Deductions taken twice in May");
        await caseworker.AcceptAsValidAsync();
        await caseworker.AddLineAsync("Apology", "Apologise for the double deduction.");
        await caseworker.IssuePlanByPhoneAsync();
        await caseworker.RecordResponseAsync(agrees: false, "The employer wants the second deduction paid back, not only an apology.");

        var leader = await journey.SignInAsync("teamleader");
        await leader.GotoAsync($"/EmployerComplaints/Approval/{reference}");
        var why = leader.GetByTestId("approval-why");
        await Expect(why).ToContainTextAsync("The employer rejected revision 1 of the plan");
        await Expect(why).ToContainTextAsync("“The employer wants the second deduction paid back, not only an apology.”");
        await leader.GetByLabel("Comment for the caseworker").FillAsync("Refund the second deduction.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Reject all lines" }).ClickAsync();
        await Expect(leader.SuccessBanner()).ToContainTextAsync("Plan rejected");

        // EC-12: the caseworker revises — a refund added, the apology kept — and sends it back.
        await caseworker.ReloadAsync();
        await caseworker.ShowActionAsync("Add a line to the plan");
        await caseworker.GetByLabel("Resolution type").SelectOptionAsync(new SelectOptionValue { Label = "Refund of surplus payments" });
        await caseworker.GetByLabel("What will be done").FillAsync("Pay back the second May deduction.");
        await caseworker.GetByRole(AriaRole.Radio, new() { Name = "Refund", Exact = true }).CheckAsync();
        await caseworker.GetByLabel("Amount in pounds (refund or redress)").FillAsync("120");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Add line", Exact = true }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Plan line added");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send for team leader approval" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Plan sent to your team leader for approval");

        await leader.ReloadAsync();
        await Expect(leader.SummaryValue("Revision")).ToHaveTextAsync("2 (1 revision after the first)");
        await Expect(why).ToContainTextAsync("The employer rejected revision 1 of the plan");
        await Expect(why).ToContainTextAsync("The plan was revised after a team leader decided on it; this is revision 2.");
        await Expect(leader.GetByTestId("employer-answer")).ToContainTextAsync("not only an apology");
        var history = leader.GetByRole(AriaRole.Table, new() { Name = "Revision history of the resolution plan" });
        await Expect(history).ToContainTextAsync("Employer’s note: “The employer wants the second deduction paid back, not only an apology.”");
        await Expect(history).ToContainTextAsync("Comment: “Refund the second deduction.”");
        await Expect(history.GetByTestId("plan-changes"))
            .ToHaveTextAsync("Line 2 added: Refund of surplus payments — Pay back the second May deduction, £120.00 paid at once.");
        await leader.AssertAccessibleAsync();
        await journey.SnapAsync(leader, "approval-with-changes");
    });
}
