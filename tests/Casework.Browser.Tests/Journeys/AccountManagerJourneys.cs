using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// Account managers (AM-01..05, procedure 003): the caseworker's referral, the team leader's decision and its letter,
/// and moving an account manager's employers for leave cover. Each journey uses an employer no other journey touches.
/// </summary>
public sealed partial class AccountManagerJourneys : JourneyTests
{
    private const string AllocateErn = "10000003";
    private const string AllocateEmployer = "Northgate Care Homes Ltd";
    private const string MoveErn = "10000015";
    private const string MoveEmployer = "Harbour Care Homes Ltd";

    private readonly CaseworkApp _app;

    public AccountManagerJourneys(CaseworkApp app, ITestOutputHelper output)
        : base(app, output) => _app = app;

    [Fact]
    public Task AM02_caseworker_refers_an_employer_team_leader_approves_Alex_Morgan_and_CMSL8003_is_queued() => RunAsync(async journey =>
    {
        // AM-01: no account manager yet, so the only referral that fits is Allocate.
        var caseworker = await journey.SignInAsync("caseworker");
        await caseworker.OpenEmployerAsync(AllocateErn, AllocateEmployer);
        var team = AccountTeam(caseworker);
        await Expect(team).ToContainTextAsync("No account manager is assigned.");
        await team.GetByRole(AriaRole.Link, new() { Name = "Refer to team leader: allocate, change or remove an account manager" }).ClickAsync();

        await Expect(caseworker.Heading("Refer to team leader")).ToBeVisibleAsync();
        var what = caseworker.GetByRole(AriaRole.Group, new() { Name = "What should the team leader do?" });
        await Expect(what.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        await what.GetByRole(AriaRole.Radio, new() { Name = "Allocate an account manager" }).CheckAsync();
        await journey.SnapAsync(caseworker, "refer-form");

        // Errors first: the yes/no answers decide the letter, so they are asked for, not assumed.
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send referral to team leader" }).ClickAsync();
        var errors = caseworker.ErrorSummary();
        await Expect(errors).ToContainTextAsync("Enter the reason for the referral.");
        await Expect(errors).ToContainTextAsync("Select yes if the employer asked for this");
        await Expect(errors).ToContainTextAsync("Select yes if the request was discussed with the employer by phone");
        await journey.SnapAsync(caseworker, "refer-errors");

        await caseworker.GetByLabel("Reason for the referral").FillAsync("Large employer with many DEOs; payroll asked for a named contact.");
        await YesNoAsync(caseworker, "Did the employer ask for this?", "Yes");
        await YesNoAsync(caseworker, "Have you discussed the request with the employer by phone?", "Yes");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send referral to team leader" }).ClickAsync();

        var heading = caseworker.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = ReferralHeading() });
        await Expect(heading).ToBeVisibleAsync();
        var reference = ReferralHeading().Match(await heading.InnerTextAsync()).Groups["reference"].Value;
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync($"Referral {reference} sent to your team leader");
        await Expect(caseworker.SummaryValue("Status")).ToHaveTextAsync("Pending");
        await Expect(caseworker.SummaryValue("Referral")).ToHaveTextAsync("Allocate an account manager");
        await Expect(caseworker.SummaryValue("Requested by the employer")).ToHaveTextAsync("Yes");
        await Expect(caseworker.SummaryValue("Discussed with the employer by phone")).ToHaveTextAsync("Yes");
        // AM-02: the criteria the system counted (the first 20 demo employers have 25 or more active DEOs).
        await Expect(caseworker.SummaryValue("Active deduction from earnings orders (DEOs)")).ToHaveTextAsync(AtLeastTwentyFive());
        await Expect(caseworker.SummaryValue("Complaints in the last 6 months")).ToHaveTextAsync("0");
        await Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Save decision" })).ToHaveCountAsync(0);
        await journey.SnapAsync(caseworker, "referral-pending");

        // AM-03: the team leader finds it waiting in the team inbox and decides on the referral page.
        var leader = await journey.SignInAsync("teamleader");
        await leader.GoToMenuAsync("Team inbox");
        await Expect(leader.GetByRole(AriaRole.Table).RowFor(reference)).ToContainTextAsync(AllocateEmployer);
        await leader.GotoAsync($"/AccountManagers/Referrals/{reference}");
        await Expect(leader.Heading($"Account manager referral {reference}")).ToBeVisibleAsync();
        await leader.GetByRole(AriaRole.Radio, new() { Name = "Approve", Exact = true }).CheckAsync();
        await leader.GetByLabel("Account manager", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Alex Morgan (100030)" });
        await leader.GetByLabel("Reason for your decision").FillAsync("Meets the DEO criterion; the employer asked.");
        await journey.SnapAsync(leader, "decision-form");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        // AM-04: approval of an Allocate queues CMSL8003.
        await Expect(leader.SuccessBanner()).ToContainTextAsync($"Referral {reference} approved: letter CMSL8003 queued");
        await Expect(leader.SummaryValue("Status")).ToHaveTextAsync("Approved");
        await Expect(leader.SummaryValue("Account manager")).ToHaveTextAsync("Alex Morgan (staff number 100030)");
        await Expect(leader.SummaryValue("Letter")).ToHaveTextAsync("CMSL8003 queued");
        await Expect(leader.GetByRole(AriaRole.Button, new() { Name = "Save decision" })).ToHaveCountAsync(0);
        await journey.SnapAsync(leader, "referral-approved");

        await leader.GetByRole(AriaRole.Link, new() { Name = AllocateEmployer, Exact = true }).ClickAsync();
        await Expect(leader.Heading(AllocateEmployer)).ToBeVisibleAsync();
        await Expect(AccountTeam(leader)).ToContainTextAsync("Account manager");
        await Expect(AccountTeam(leader)).ToContainTextAsync("Alex Morgan (staff number 100030)");
        await Expect(AccountTeam(leader)).Not.ToContainTextAsync("No account manager is assigned.");
        await journey.SnapAsync(leader, "employer-with-account-manager");

        await leader.GoBackAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = $"Service request {reference}", Exact = true }).ClickAsync();
        await Expect(leader.Heading($"Service request {reference}")).ToBeVisibleAsync();
        await Expect(leader.SummaryValue("Status")).ToHaveTextAsync("Closed – Completed");
        var letter = leader.GetByRole(AriaRole.Table, new() { Name = "Letters for this service request" }).Locator("tbody").GetByRole(AriaRole.Row);
        await Expect(letter).ToHaveCountAsync(1);
        await Expect(letter.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("CMSL8003");
        await Expect(letter.GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("Queued");
        await journey.SnapAsync(leader, "service-request-letter");
    });

    [Fact]
    public Task AM05_team_leader_moves_Alex_Morgans_employers_to_Sam_Okafor_for_leave_cover() => RunAsync(async journey =>
    {
        // Alex Morgan gets an employer through the API, as another journey would through the pages.
        using (var caseworkerApi = await ApiAsync("caseworker"))
        using (var leaderApi = await ApiAsync("teamleader"))
        {
            var reference = await SendAsync(caseworkerApi, "/api/account-manager-referrals", HttpStatusCode.Created, new
            {
                employerErn = MoveErn, kind = "Allocate", reason = "Complex payroll arrangements.",
                requestedByEmployer = false, discussedByPhone = false, complex = true,
            });
            await SendAsync(leaderApi, $"/api/account-manager-referrals/{reference}/decision", HttpStatusCode.OK, new
            {
                approve = true, accountManagerStaffNumber = "100030", reason = "Needs a dedicated contact.",
            });
        }

        var leader = await journey.SignInAsync("teamleader");
        await leader.OpenEmployerAsync(MoveErn, MoveEmployer);
        await Expect(AccountTeam(leader)).ToContainTextAsync("Alex Morgan (staff number 100030)");
        await AccountTeam(leader).GetByRole(AriaRole.Link, new() { Name = "Employers managed by Alex Morgan" }).ClickAsync();

        await Expect(leader.Heading("Employers managed by Alex Morgan")).ToBeVisibleAsync();
        var employers = leader.GetByRole(AriaRole.Table, new() { Name = "Employers managed by Alex Morgan" });
        await Expect(employers.GetByRole(AriaRole.Link, new() { Name = MoveEmployer, Exact = true })).ToBeVisibleAsync();
        await journey.SnapAsync(leader, "alex-morgan-employers");

        await leader.GetByLabel("Move all to").SelectOptionAsync(new SelectOptionValue { Label = "Sam Okafor (100031)" });
        await leader.GetByRole(AriaRole.Button, new() { Name = "Move all employers" }).ClickAsync();
        await Expect(leader.SuccessBanner()).ToContainTextAsync(MovedToSam());
        await Expect(leader.GetByText("Alex Morgan does not manage any employers.")).ToBeVisibleAsync();
        await journey.SnapAsync(leader, "moved");

        await leader.OpenEmployerAsync(MoveErn, MoveEmployer);
        await Expect(AccountTeam(leader)).ToContainTextAsync("Sam Okafor (staff number 100031)");

        // Sam Okafor sees the employer under "My employers".
        var sam = await journey.SignInAsync("accountmanager2");
        await sam.GoToMenuAsync("My employers");
        await Expect(sam.Heading("My employers")).ToBeVisibleAsync();
        await Expect(sam.GetByRole(AriaRole.Table, new() { Name = "My employers" }).GetByRole(AriaRole.Link, new() { Name = MoveEmployer, Exact = true }))
            .ToBeVisibleAsync();
        await Expect(sam.GetByRole(AriaRole.Button, new() { Name = "Move all employers" })).ToHaveCountAsync(0);
        await journey.SnapAsync(sam, "my-employers");
    });

    private static ILocator AccountTeam(IPage page) => page.GetByRole(AriaRole.Complementary, new() { Name = "Account team" });

    private static async Task YesNoAsync(IPage page, string question, string answer) =>
        await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true }).CheckAsync();

    /// <summary>A client on the running app signed in through POST /api/auth/login.</summary>
    private async Task<HttpClient> ApiAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = _app.Server.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = Journey.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Posts <paramref name="body"/> and returns the referral's reference from the answer.</summary>
    private static async Task<string> SendAsync(HttpClient api, string path, HttpStatusCode expected, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("reference").GetString()!;
    }

    [GeneratedRegex(@"^Account manager referral (?<reference>SR\d+)$")]
    private static partial Regex ReferralHeading();

    [GeneratedRegex(@"^(2[5-9]|[3-9]\d|\d{3,})$")]
    private static partial Regex AtLeastTwentyFive();

    [GeneratedRegex(@"Moved [1-9]\d* employers? from Alex Morgan to Sam Okafor")]
    private static partial Regex MovedToSam();
}
