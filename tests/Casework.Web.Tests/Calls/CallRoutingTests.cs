using System.Net;
using Casework.Web.Tests.AccountManagers;
using Casework.Web.Tests.Infrastructure;
using static Casework.Web.Tests.AccountManagers.AccountManagerApi;

namespace Casework.Web.Tests.Calls;

public sealed record DestinationView(string Kind, string? StaffNumber, string? Team);

public sealed record CallRouteView(DestinationView Destination, string Rule);

/// <summary>SEC-08 / AM-05 / SR-07: keyed ERNs and new SRs follow the account team through allocation, change and removal.</summary>
public abstract class CallRoutingTests(CaseworkFactory app)
{
    [Fact]
    public async Task AM05_calls_and_new_srs_follow_the_account_team_through_allocate_change_and_remove()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var ern = (await caseworker.CreateEmployer("Routing Journey Ltd")).Ern;
        await AssertRoutesToTeam(caseworker, ern);

        await app.Allocate(ern, AlexMorgan);
        await AssertRoutesTo(caseworker, ern, AlexMorgan);

        var change = await caseworker.Refer(ern, "Change");
        await teamLeader.Decide(change.Reference, true, SamOkafor);
        await AssertRoutesTo(caseworker, ern, SamOkafor);

        var remove = await caseworker.Refer(ern, "Remove");
        await teamLeader.Decide(remove.Reference, true);
        await AssertRoutesToTeam(caseworker, ern);
    }

    [Fact]
    public async Task SEC08_a_rejected_allocation_leaves_calls_with_the_team()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer("Routing Rejected Ltd")).Ern;
        var referral = await caseworker.Refer(ern, "Allocate");

        await (await app.LoginAs("teamleader")).Decide(referral.Reference, false, AlexMorgan);

        await AssertRoutesToTeam(caseworker, ern);
    }

    [Theory]
    [InlineData("99999999")]
    [InlineData("1234567890")]
    public async Task SEC08_digits_that_are_no_ern_go_to_manual_selection(string keyed)
    {
        var route = await Route(await app.LoginAs("caseworker"), keyed);

        Assert.Equal("ManualSelection", route.Destination.Kind);
        Assert.Null(route.Destination.StaffNumber);
        Assert.Contains("by hand", route.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1000A001")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("10-000-001")]
    public async Task SEC08_keyed_input_that_is_not_digits_is_400(string keyed)
    {
        var http = await app.LoginAs("caseworker");
        await (await http.Post("/api/calls/route", new { keyed, qualifyingChildDateOfBirth = (DateOnly?)null }))
            .AssertProblem(HttpStatusCode.BadRequest, "keyed");
    }

    [Fact]
    public async Task SEC08_routing_needs_a_login() =>
        (await app.Anonymous().Post("/api/calls/route", new { keyed = ApiClient.DemoErn })).AssertUnauthorized();

    private static async Task AssertRoutesTo(HttpClient http, string ern, string staffNumber)
    {
        var route = await Route(http, ern);
        Assert.Equal(new DestinationView("Staff", staffNumber, "EMPLOYER-PAYMENTS"), route.Destination);
        Assert.Contains("AM-05", route.Rule, StringComparison.Ordinal);
        Assert.Equal(staffNumber, (await http.RaiseSr(employerErn: ern)).Owner.StaffNumber);
    }

    private static async Task AssertRoutesToTeam(HttpClient http, string ern)
    {
        var route = await Route(http, ern);
        Assert.Equal(new DestinationView("Team", null, "EMPLOYER-PAYMENTS"), route.Destination);
        // SR-07 does not apply: the caseworker in the owning team keeps the new SR.
        Assert.Equal("100001", (await http.RaiseSr(employerErn: ern)).Owner.StaffNumber);
    }

    private static async Task<CallRouteView> Route(HttpClient http, string keyed) =>
        await (await http.Post("/api/calls/route", new { keyed, qualifyingChildDateOfBirth = (DateOnly?)null })).Read<CallRouteView>(HttpStatusCode.OK);
}

public sealed class CallRoutingTests_Sqlite(SqliteFactory app) : CallRoutingTests(app), IClassFixture<SqliteFactory>;

public sealed class CallRoutingTests_Postgres(PostgresFactory app) : CallRoutingTests(app), IClassFixture<PostgresFactory>;
