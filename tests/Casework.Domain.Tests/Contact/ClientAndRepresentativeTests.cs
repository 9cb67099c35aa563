using Casework.Domain.Security;
using Casework.Domain.Calendar;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Contact.ContactBuilders;

namespace Casework.Domain.Tests.Contact;

/// <summary>P-03 / P-05 / CON-04 / CON-06: clients, representatives and what recording a risk obliges.</summary>
public sealed class ClientAndRepresentativeTests
{
    [Fact]
    public void P05_a_representative_is_set_up_with_their_own_secrets()
    {
        var representative = SetUp(null, Secrets).Value!;

        Assert.False(representative.IsEmployer);
        Assert.Same(Secrets, representative.Secrets);
        Assert.Equal(RepresentativeStatus.Active, representative.Status);
        Assert.Equal("Representative set up", Assert.Single(representative.PendingAudit).Action);
    }

    [Fact]
    public void P05_an_employer_acting_as_representative_has_no_security_questions()
    {
        Assert.Null(SetUp("10000001", null).Value!.Secrets);
        Assert.Contains("no PIN", Assert.IsType<RuleBroken>(SetUp("10000001", Secrets).Refusal).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void P05_a_representative_who_is_not_an_employer_needs_secrets() =>
        Assert.IsType<RuleBroken>(SetUp(null, null).Refusal);

    [Fact]
    public void P05_set_up_needs_a_trn_name_and_client() =>
        Assert.Equal(["actingForScin", "name", "trn"],
            Assert.IsType<InvalidInput>(Representative.SetUp(new(" ", "", " ", false, null), Secrets, Actors.Caseworker, At).Refusal).Errors.Keys.Order());

    [Fact]
    public void P05_maintain_changes_name_and_power_of_attorney()
    {
        var representative = SetUp(null, Secrets).Value!;

        Assert.Null(representative.Change("Pat Proxy-Jones", true, null, Actors.Caseworker, At));

        Assert.Equal("Pat Proxy-Jones", representative.Name);
        Assert.True(representative.PowerOfAttorney);
    }

    [Fact]
    public void P05_an_employer_representative_cannot_be_given_secrets_later() =>
        Assert.IsType<RuleBroken>(SetUp("10000001", null).Value!.ChangeSecurity(Secrets, Actors.Caseworker, At));

    [Fact]
    public void P05_a_removed_representative_is_kept_but_cannot_be_changed_or_removed_again()
    {
        var representative = SetUp(null, Secrets).Value!;
        Assert.Null(representative.Remove("Client withdrew consent", Actors.Caseworker, At));
        var version = representative.Version;

        Assert.IsType<NotAllowedInState>(representative.Change("New name", false, null, Actors.Caseworker, At));
        Assert.IsType<NotAllowedInState>(representative.Remove("Again", Actors.Caseworker, At));
        Assert.IsType<NotAllowedInState>(representative.ChangeSecurity(Secrets, Actors.Caseworker, At));
        Assert.Equal(RepresentativeStatus.Removed, representative.Status);
        Assert.Equal(version, representative.Version);
    }

    [Fact]
    public void P05_removal_needs_a_reason() =>
        Assert.IsType<InvalidInput>(SetUp(null, Secrets).Value!.Remove(" ", Actors.Caseworker, At));

    [Fact]
    public void CON06_a_threat_of_suicide_is_referred_to_the_team_leader_now()
    {
        var client = AClient();

        var outcome = client.RecordRisk(RiskKind.ThreatOfSuicide, "Said so on the call", Actors.Caseworker, At).Value!;

        Assert.True(outcome.ReferToTeamLeaderNow);
        Assert.False(client.RestrictsDisclosure);
        Assert.Single(client.RiskFlags);
    }

    [Fact]
    public void CON06_domestic_violence_restricts_disclosure()
    {
        var client = AClient();

        var outcome = client.RecordRisk(RiskKind.DomesticViolence, "Reported by the receiving parent", Actors.Caseworker, At).Value!;

        Assert.True(outcome.RestrictsDisclosure);
        Assert.False(outcome.ReferToTeamLeaderNow);
        Assert.True(client.RestrictsDisclosure);
    }

    [Fact]
    public void CON06_a_risk_needs_a_note() =>
        Assert.IsType<InvalidInput>(AClient().RecordRisk(RiskKind.DomesticViolence, " ", Actors.Caseworker, At).Refusal);

    [Fact]
    public void CON04_contact_suppression_is_recorded_with_its_reason_and_can_be_lifted()
    {
        var client = AClient();

        Assert.Null(client.SuppressContact("Qualifying child has died", Actors.Caseworker, At));
        Assert.True(client.ContactSuppressed);
        Assert.Null(client.LiftContactSuppression(Actors.Caseworker, At));
        Assert.IsType<NotAllowedInState>(client.LiftContactSuppression(Actors.Caseworker, At));
    }

    [Fact]
    public void SEC04_setting_up_security_is_audited_without_the_secrets()
    {
        var client = AClient();

        client.SetUpSecurity(Secrets, Actors.Caseworker, At);

        var audit = Assert.Single(client.PendingAudit);
        Assert.DoesNotContain(Secrets.PasswordHash, $"{audit.Before}{audit.After}", StringComparison.Ordinal);
        Assert.Same(Secrets, client.Secrets);
    }

    [Fact]
    public void P03_a_case_involves_both_parents_and_knows_its_qualifying_children()
    {
        var clientCase = Case("CASE-1", StaffOwner("CW1"), new DateOnly(2015, 4, 1));

        Assert.True(clientCase.Involves(Scin));
        Assert.True(clientCase.Involves(OtherScin));
        Assert.False(clientCase.Involves("700000003"));
        Assert.True(clientCase.HasQualifyingChildBornOn(new DateOnly(2015, 4, 1)));
        Assert.False(clientCase.HasQualifyingChildBornOn(new DateOnly(2015, 4, 2)));
    }

    private static Client AClient() => new(Scin, "Jamie Parent", ClientRole.ReceivingParent, PreferredLanguage.English, Region.EnglandAndWales);

    private static Result<Representative> SetUp(string? employerErn, Casework.Domain.Security.CallerSecrets? secrets) =>
        Representative.SetUp(new("TRN0001", "Pat Proxy", Scin, false, employerErn), secrets, Actors.Caseworker, At);
}
