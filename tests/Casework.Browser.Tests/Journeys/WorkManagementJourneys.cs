using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

public sealed partial class WorkManagementJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    [Fact]
    public Task SR06_team_leader_assigns_a_caseworkers_SR_to_Dev_Patel_and_locks_it_and_it_moves_to_his_inbox() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.RaiseServiceRequestAsync("10000061", "Mersey Logistics Ltd", "Update Details – Update Employer Details");

        var leader = await journey.SignInAsync("teamleader");
        await leader.GoToMenuAsync("Team inbox");
        var row = leader.GetByRole(AriaRole.Table).RowFor(reference);
        await Expect(row).ToContainTextAsync("Carys Evans");
        await row.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(leader.Heading($"Service request {reference}")).ToBeVisibleAsync();
        await journey.SnapAsync(leader, "team-leader-view");

        await SelectStaffAsync(leader, "Dev Patel");
        await leader.ClickActionAsync("Assign");
        await Expect(leader.SuccessBanner()).ToContainTextAsync("Service request assigned");
        await Expect(leader.SummaryValue("Owner")).ToHaveTextAsync(DevPatel());

        await leader.ClickActionAsync("Lock assignment");
        await Expect(leader.SuccessBanner()).ToContainTextAsync("Assignment locked");
        await Expect(leader.SummaryValue("Assignment lock")).ToHaveTextAsync("Locked");
        await Expect(leader.GetByRole(AriaRole.Button, new() { Name = "Clear assignment lock" })).ToBeVisibleAsync();

        // SR-06: while locked, the SR stays where it is.
        await SelectStaffAsync(leader, "Carys Evans");
        await leader.ClickActionAsync("Assign");
        await Expect(leader.ErrorSummary()).ToContainTextAsync($"Service request {reference} has its assignment locked.");
        await Expect(leader.SummaryValue("Owner")).ToHaveTextAsync(DevPatel());
        var audit = leader.GetByTestId("audit");
        await Expect(audit).ToContainTextAsync("Assigned");
        await Expect(audit).ToContainTextAsync("Assignment locked");

        var devPatel = await journey.SignInAsync("caseworker2");
        await devPatel.GoToMenuAsync("Inbox");
        var his = devPatel.GetByRole(AriaRole.Table).RowFor(reference);
        await Expect(his).ToContainTextAsync("Mersey Logistics Ltd");
        await Expect(his).ToContainTextAsync("(locked)");
        await journey.SnapAsync(devPatel, "dev-patel-inbox");

        await caseworker.GotoAsync("/inbox");
        await Expect(caseworker.Heading("My inbox")).ToBeVisibleAsync();
        await Expect(caseworker.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToHaveCountAsync(0);
    });

    private static async Task SelectStaffAsync(IPage page, string name)
    {
        var assignTo = page.GetByLabel("Assign to");
        var option = assignTo.GetByRole(AriaRole.Option, new() { NameRegex = new Regex($"^{Regex.Escape(name)} \\(") });
        await assignTo.SelectOptionAsync(new SelectOptionValue { Label = (await option.InnerTextAsync()).Trim() });
    }

    [GeneratedRegex(@"^Dev Patel \(")]
    private static partial Regex DevPatel();
}
