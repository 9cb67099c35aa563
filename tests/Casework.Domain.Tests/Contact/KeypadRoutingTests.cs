using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Organisation;
using CsCheck;
using static Casework.Domain.Tests.Contact.ContactBuilders;

namespace Casework.Domain.Tests.Contact;

/// <summary>SEC-08 keypad routing as a table of cases, keeping the web layer's ERN outcomes.</summary>
public sealed class KeypadRoutingTests
{
    private const string Ern = "10000001";
    private static readonly DateOnly _ava = new(2015, 4, 1);
    private static readonly DateOnly _ben = new(2018, 9, 30);
    private static readonly DateOnly _cal = new(2020, 1, 15);

    private static readonly IReadOnlyList<Casework.Domain.Clients.ClientCase> _twoCases =
    [
        Case("CASE-1", StaffOwner("CW100"), _ava, _ben),
        Case("CASE-2", TeamOwner("ENFORCEMENT"), _cal),
    ];

    [Fact]
    public void SEC08_an_ern_with_an_account_manager_goes_to_them()
    {
        var route = Route(Ern, null, KeyedMatches.ForEmployer(new(Ern, new("AM001", "Alex Morgan", TeamCodes.EmployerPayments))));

        Assert.Equal(CallDestination.ToStaff("AM001", TeamCodes.EmployerPayments), route.Destination);
        Assert.Equal("SEC-08 / AM-05: employer 10000001 has account manager Alex Morgan (AM001), so the call goes to them.", route.Rule);
    }

    [Fact]
    public void SEC08_an_ern_without_an_account_manager_goes_to_the_employer_payments_team()
    {
        var route = Route(Ern, null, KeyedMatches.ForEmployer(new(Ern, null)));

        Assert.Equal(new CallDestination(DestinationKind.Team, null, "EMPLOYER-PAYMENTS"), route.Destination);
        Assert.Equal("SEC-08: employer 10000001 has no account manager, so the call goes to the employer payments team.", route.Rule);
    }

    [Fact]
    public void SEC08_a_trn_keyed_instead_of_an_ern_finds_no_employer_and_is_selected_by_hand()
    {
        var route = Route("55500001", null, KeyedMatches.ForTrn());

        Assert.Equal(CallDestination.ManualSelection(TeamCodes.EmployerPayments), route.Destination);
        Assert.Contains("TRN", route.Rule, StringComparison.Ordinal);
        Assert.Contains("by hand", route.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void SEC08_unknown_digits_go_to_manual_selection_as_before() =>
        Assert.Equal(
            new CallRoute(CallDestination.ManualSelection(TeamCodes.EmployerPayments),
                "SEC-08: 99999999 is not an ERN (perhaps a TRN keyed instead), so no employer is found: the caseworker selects the employer by hand."),
            Route("99999999", null, KeyedMatches.None));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1000A001")]
    [InlineData("10-000-001")]
    [InlineData("123456789012345678901")]
    public void SEC08_keyed_input_that_is_not_digits_is_invalid(string? keyed) =>
        Assert.Contains("keyed", Assert.IsType<InvalidInput>(KeypadRouting.Route(keyed, null, KeyedMatches.None).Refusal).Errors.Keys);

    [Fact]
    public void SEC08_a_scin_with_one_case_goes_to_that_cases_owner()
    {
        var route = Route(Scin, _cal, KeyedMatches.ForScin([Case("CASE-9", StaffOwner("CW900"), _ava)]));

        Assert.Equal(CallDestination.ToStaff("CW900", "MAINTENANCE"), route.Destination);
        Assert.Contains("CASE-9", route.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void SEC08_a_scin_with_several_cases_asks_for_a_qualifying_childs_date_of_birth() =>
        Assert.Equal(CallDestination.AskQualifyingChild, Route(Scin, null, KeyedMatches.ForScin(_twoCases)).Destination);

    [Theory]
    [InlineData(2015, 4, 1, DestinationKind.Staff, "CW100", "MAINTENANCE")]
    [InlineData(2018, 9, 30, DestinationKind.Staff, "CW100", "MAINTENANCE")]
    [InlineData(2020, 1, 15, DestinationKind.Team, null, "ENFORCEMENT")]
    public void SEC08_a_qualifying_childs_date_of_birth_routes_to_the_owner_of_that_childs_case(
        int year, int month, int day, DestinationKind kind, string? staff, string team) =>
        Assert.Equal(new CallDestination(kind, staff, team), Route(Scin, new DateOnly(year, month, day), KeyedMatches.ForScin(_twoCases)).Destination);

    [Fact]
    public void SEC08_a_date_of_birth_matching_no_qualifying_child_asks_again_with_a_reason()
    {
        var route = Route(Scin, new DateOnly(2019, 2, 2), KeyedMatches.ForScin(_twoCases));

        Assert.Equal(CallDestination.AskQualifyingChild, route.Destination);
        Assert.Contains("2019-02-02", route.Rule, StringComparison.Ordinal);
        Assert.Contains("asked again", route.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void SEC08_a_date_of_birth_on_cases_with_different_owners_is_selected_by_hand()
    {
        var cases = _twoCases.Append(Case("CASE-3", StaffOwner("CW300"), _ava)).ToArray();

        Assert.Equal(CallDestination.ManualSelection(TeamCodes.GeneralInboundCallHandling), Route(Scin, _ava, KeyedMatches.ForScin(cases)).Destination);
    }

    [Fact]
    public void SEC08_a_date_of_birth_on_cases_with_the_same_owner_goes_to_that_owner()
    {
        var cases = _twoCases.Append(Case("CASE-3", StaffOwner("CW100"), _ava)).ToArray();

        Assert.Equal(CallDestination.ToStaff("CW100", "MAINTENANCE"), Route(Scin, _ava, KeyedMatches.ForScin(cases)).Destination);
    }

    [Fact]
    public void SEC08_a_scin_on_no_case_is_selected_by_hand() =>
        Assert.Equal(DestinationKind.ManualSelection, Route(Scin, null, KeyedMatches.ForScin([])).Destination.Kind);

    [Fact]
    public void SEC08_an_ern_wins_over_a_scin_with_the_same_digits() =>
        Assert.Equal(DestinationKind.Team,
            Route(Scin, null, KeyedMatches.ForScin(_twoCases) with { Employer = new(Scin, null) }).Destination.Kind);

    [Fact]
    public void SEC08_every_route_carries_its_rule_and_a_date_of_birth_only_ever_narrows_to_a_case_with_that_child() =>
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], Gen.DateOnly[new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 20)].Array[0, 3].Array[4], Gen.Bool)
            .Sample((caseCount, ownerSpread, born, askWithDate) =>
            {
                var cases = Enumerable.Range(0, caseCount)
                    .Select(i => Case($"CASE-{i}", StaffOwner($"CW{i % (ownerSpread + 1)}"), born[i])).ToArray();
                var asked = askWithDate ? new DateOnly(2010, 1, 10) : (DateOnly?)null;
                var route = Route(Scin, asked, KeyedMatches.ForScin(cases));
                var owners = cases.Where(c => asked is null || c.HasQualifyingChildBornOn(asked.Value)).Select(c => c.Owner.StaffNumber).Distinct().ToArray();
                return route.Rule.StartsWith("SEC-08", StringComparison.Ordinal) && route.Destination.Kind switch
                {
                    DestinationKind.Staff => caseCount == 1 ? route.Destination.StaffNumber == cases[0].Owner.StaffNumber : owners.SequenceEqual([route.Destination.StaffNumber]),
                    DestinationKind.AskQualifyingChild => caseCount > 1 && owners.Length == (asked is null ? owners.Length : 0),
                    DestinationKind.ManualSelection => caseCount == 0 || (caseCount > 1 && asked is not null && owners.Length > 1),
                    _ => false,
                };
            });

    private static CallRoute Route(string keyed, DateOnly? born, KeyedMatches found) => KeypadRouting.Route(keyed, born, found).Value!;
}
