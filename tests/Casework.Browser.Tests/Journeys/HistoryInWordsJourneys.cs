using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// SR-08, CON-05: after a few steps the audit trail and the history read in words — statuses, team names, UK dates —
/// with no raw code on the page (no "InProgress", no "EMPLOYER-PAYMENTS", no ISO date). Its own employer, 10000100.
/// </summary>
public sealed partial class HistoryInWordsJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private const string Ern = "10000100";
    private const string EmployerName = "Thistle Engineering Ltd";

    [Fact]
    public Task SR08_the_audit_trail_and_the_sar_history_read_in_words_not_codes() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.RaiseServiceRequestAsync(Ern, EmployerName, "Info Requested – Send Literature");
        await Expect(caseworker.SummaryValue("Owner")).ToHaveTextAsync("Carys Evans (Employer payments)");
        await caseworker.ClickActionAsync("Start work");
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Status changed");
        await caseworker.GetByLabel("Add a note").FillAsync("Employer asked for the leaflet by post.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();

        var audit = caseworker.GetByTestId("audit");
        await Expect(audit.GetByRole(AriaRole.Row).Filter(new() { HasText = "Status changed" })).ToContainTextAsync("In progress");
        await Expect(audit.GetByRole(AriaRole.Row).Filter(new() { HasText = "Raised" })).ToContainTextAsync(UkDate());
        await AssertNoCodesAsync(audit);
        await caseworker.AssertAccessibleAsync();
        await journey.SnapAsync(caseworker, "sr-audit-in-words");

        // A SAR about the same employer: logged by the caseworker, completed by the subject access team.
        await caseworker.GotoAsync("/SubjectAccess/Log");
        await caseworker.GetByLabel("SCIN or ERN of the person the request is about").FillAsync(Ern);
        await caseworker.GetByRole(AriaRole.Group, new() { Name = "Was the request made in writing?" })
            .GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
        await FillDateReceivedAsync(caseworker, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-5));
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("logged for the subject access team");
        var sar = new Uri(caseworker.Url).AbsolutePath;

        var team = await journey.SignInAsync("subjectaccess");
        await team.GotoAsync(sar);
        await Expect(team.SummaryValue("Due")).ToContainTextAsync("(35 calendar days left)");
        await team.GetByRole(AriaRole.Button, new() { Name = "Mark as completed" }).ClickAsync();
        await Expect(team.SuccessBanner()).ToContainTextAsync("completed");

        var history = team.GetByTestId("sar-history");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Subject access request logged" })).ToContainTextAsync("Subject access team");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Subject access request completed" })).ToContainTextAsync("Completed");
        await AssertNoCodesAsync(history);
        await team.AssertAccessibleAsync();
        await journey.SnapAsync(team, "sar-history-in-words");
    });

    private static async Task AssertNoCodesAsync(ILocator table)
    {
        var text = await table.InnerTextAsync();
        Assert.DoesNotMatch(RawCode(), text);
    }

    /// <summary>The date received: a GOV.UK date input (day, month, year) or a single date field.</summary>
    private static async Task FillDateReceivedAsync(IPage page, DateOnly date)
    {
        var parts = page.GetByRole(AriaRole.Group, new() { Name = "Date received" });
        if (await parts.CountAsync() > 0)
        {
            await parts.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await parts.GetByLabel("Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await parts.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        await page.GetByLabel("Date received").FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A team code, a PascalCase status, an ISO date or a rule id outside its hint.</summary>
    [GeneratedRegex(@"[A-Z]{3,}-[A-Z]{3,}|\b(?:InProgress|PendingApproval|PendingAssignment|PendingApprovalTL)\b|\d{4}-\d{2}-\d{2}")]
    private static partial Regex RawCode();

    [GeneratedRegex(@"target \d{1,2} [A-Z][a-z]+ \d{4}")]
    private static partial Regex UkDate();
}
