using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// SEC-09 and SEC-10 on the pages: a team leader sees who looked at a client; a caseworker does not; the subject access
/// team is sent to the GOV.UK access-denied page when it tries a caseworker's page.
/// </summary>
public sealed class AccessAuditJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    /// <summary>Demo Welsh-speaking client (README).</summary>
    private const string Scin = "700000003";

    [Fact]
    public Task SEC09_a_team_leader_sees_on_the_client_page_that_a_caseworker_looked_at_the_client() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        await caseworker.GotoAsync($"/Clients/{Scin}");
        await Expect(caseworker.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = "Who looked at this subject" })).ToHaveCountAsync(0);

        var leader = await journey.SignInAsync("teamleader");
        await leader.GotoAsync($"/Clients/{Scin}");
        await Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "Who looked at this subject", Level = 2 })).ToBeVisibleAsync();
        var looked = leader.GetByRole(AriaRole.Table, new() { Name = "Who looked at this subject" });
        await Expect(looked).ToContainTextAsync("Carys Evans (100001)");
        await Expect(looked).ToContainTextAsync($"GET /Clients/{Scin}");
        await journey.SnapAsync(leader, "who-looked");
    });

    [Fact]
    public Task SEC10_the_subject_access_team_is_sent_to_the_access_denied_page_from_a_caseworkers_page() => RunAsync(async journey =>
    {
        var team = await journey.SignInAsync("subjectaccess");
        await team.GotoAsync("/ServiceRequests/Raise?ern=10000001");

        await Expect(team.Heading("You do not have permission to do that")).ToBeVisibleAsync();
        await journey.SnapAsync(team, "access-denied");
    });
}
