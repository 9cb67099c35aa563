using System.Net;
using Casework.Domain.Clients;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Calls;

/// <summary>SEC-08 for clients and representatives: SCINs route to the owner of the case, TRNs to a caseworker's hand.</summary>
public abstract class ClientCallRoutingTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("700000002", "Staff", "100002", "EMPLOYER-PAYMENTS")]
    [InlineData("700000003", "Team", null, "GENERAL-INBOUND")]
    public async Task SEC08_a_scin_on_one_case_goes_to_that_cases_owner(string scin, string kind, string? staff, string team)
    {
        var route = await Route(scin, null);

        Assert.Equal(new DestinationView(kind, staff, team), route.Destination);
        Assert.Contains("one case", route.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC08_a_scin_on_several_cases_asks_for_a_qualifying_childs_date_of_birth()
    {
        var route = await Route("700000001", null);

        Assert.Equal(new DestinationView("AskQualifyingChild", null, null), route.Destination);
        Assert.Contains("2 cases", route.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2015-06-14", "Staff", "100002", "EMPLOYER-PAYMENTS")]
    [InlineData("2020-01-22", "Team", null, "GENERAL-INBOUND")]
    [InlineData("2018-09-03", "Team", null, "GENERAL-INBOUND")]
    [InlineData("2016-01-01", "AskQualifyingChild", null, null)]
    public async Task SEC08_the_date_of_birth_picks_the_case_and_its_owner(string born, string kind, string? staff, string? team)
    {
        var route = await Route("700000001", DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DestinationView(kind, staff, team), route.Destination);
    }

    [Fact]
    public async Task SEC08_a_scin_on_no_case_goes_to_general_inbound_for_manual_selection()
    {
        await app.AddClient("700300001", ClientRole.PayingParent);

        var route = await Route("700300001", null);

        Assert.Equal(new DestinationView("ManualSelection", null, "GENERAL-INBOUND"), route.Destination);
    }

    [Fact]
    public async Task SEC08_a_trn_keyed_instead_of_an_ern_finds_no_employer_and_is_selected_by_hand()
    {
        var route = await Route("55500002", null);

        Assert.Equal(new DestinationView("ManualSelection", null, "EMPLOYER-PAYMENTS"), route.Destination);
        Assert.Contains("is a TRN", route.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC08_an_ern_still_wins_and_a_date_of_birth_changes_nothing_for_it()
    {
        var route = await Route(ApiClient.DemoErn, new DateOnly(2015, 6, 14));

        Assert.Equal(new DestinationView("Team", null, "EMPLOYER-PAYMENTS"), route.Destination);
    }

    private async Task<CallRouteView> Route(string keyed, DateOnly? qualifyingChildDateOfBirth) =>
        await (await (await app.LoginAs("caseworker")).Post("/api/calls/route", new { keyed, qualifyingChildDateOfBirth }))
            .Read<CallRouteView>(HttpStatusCode.OK);
}

public sealed class ClientCallRoutingTests_Sqlite(SqliteFactory app) : ClientCallRoutingTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientCallRoutingTests_Postgres(PostgresFactory app) : ClientCallRoutingTests(app), IClassFixture<PostgresFactory>;
