using System.Net;
using Casework.Domain.Clients;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Contact;

public sealed record RiskRecordedView(string Kind, bool ReferredToTeamLeader, string? Referral, bool RestrictsDisclosure, string Rule);

public sealed record RiskFlagView(string Kind, string Note, DateTimeOffset RecordedAt, string RecordedBy);

public sealed record ClientView(string Scin, string Name, string Role, bool HasSecurity, string? ContactSuppressedBecause, bool RestrictsDisclosure,
    IReadOnlyList<RiskFlagView> RiskFlags, int Version);

/// <summary>CON-06 risk flags and CON-04 client contact suppression through /api/clients/{scin}.</summary>
public abstract class RiskFlagTests(CaseworkFactory app)
{
    [Fact]
    public async Task CON06_a_threat_of_suicide_is_in_the_team_leaders_inbox_at_once()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700500001", ClientRole.PayingParent);

        var recorded = await (await http.Post("/api/clients/700500001/risks", new { kind = "ThreatOfSuicide", note = "Said they could not go on" }))
            .Read<RiskRecordedView>(HttpStatusCode.Created);

        Assert.True(recorded.ReferredToTeamLeader);
        Assert.Contains("CON-06", recorded.Rule, StringComparison.Ordinal);
        var item = Assert.Single(await (await app.LoginAs("teamleader")).Inbox(), i => i.Reference == recorded.Referral);
        Assert.Contains("Threat of suicide", item.WorkItem, StringComparison.Ordinal);
        Assert.DoesNotContain(await (await app.LoginAs("caseworker2")).Inbox(), i => i.Reference == recorded.Referral);
        Assert.Equal("ThreatOfSuicide", Assert.Single((await http.Get<ClientView>("/api/clients/700500001")).RiskFlags).Kind);
    }

    [Fact]
    public async Task CON06_domestic_violence_restricts_disclosure_and_is_not_referred()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700500002", ClientRole.ReceivingParent);
        var inboxBefore = (await (await app.LoginAs("teamleader")).Inbox()).Count;

        var recorded = await (await http.Post("/api/clients/700500002/risks", new { kind = "DomesticViolence", note = "Disclosed on the call" }))
            .Read<RiskRecordedView>(HttpStatusCode.Created);

        Assert.Equal((false, null, true), (recorded.ReferredToTeamLeader, recorded.Referral, recorded.RestrictsDisclosure));
        Assert.True((await http.Get<ClientView>("/api/clients/700500002")).RestrictsDisclosure);
        Assert.Equal(inboxBefore, (await (await app.LoginAs("teamleader")).Inbox()).Count);
    }

    [Theory]
    [InlineData(null, "Something said", "kind")]
    [InlineData("Grumpiness", "Something said", "kind")]
    [InlineData("ThreatOfSuicide", null, "note")]
    [InlineData("ThreatOfSuicide", "   ", "note")]
    public async Task CON06_a_risk_needs_a_kind_and_a_note_400_and_changes_nothing(string? kind, string? note, string field)
    {
        var http = await app.LoginAs("caseworker");
        var before = await http.Get<ClientView>($"/api/clients/{DemoScin}");

        await (await http.Post($"/api/clients/{DemoScin}/risks", new { kind, note })).AssertProblem(HttpStatusCode.BadRequest, field);

        ApiClient.AssertSameJson(before, await http.Get<ClientView>($"/api/clients/{DemoScin}"));
    }

    [Fact]
    public async Task CON06_unknown_client_404_and_only_caseworkers_and_team_leaders_record_risks()
    {
        var body = new { kind = "DomesticViolence", note = "x" };
        await (await (await app.LoginAs("caseworker")).Post("/api/clients/799999999/risks", body)).AssertProblem(HttpStatusCode.NotFound);
        await (await (await app.LoginAs("subjectaccess")).Post($"/api/clients/{DemoScin}/risks", body)).AssertProblem(HttpStatusCode.Forbidden);
        (await app.Anonymous().Post($"/api/clients/{DemoScin}/risks", body)).AssertUnauthorized();
    }

    [Fact]
    public async Task CON04_a_suppressed_client_gets_no_outbound_call_until_suppression_is_lifted()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700500003", ClientRole.PayingParent);
        var decide = new { scin = "700500003", changes = new[] { new { reason = "Complaint", on = new DateOnly(2026, 3, 2), clientAsked = true } } };

        var suppressed = await (await http.Post("/api/clients/700500003/contact-suppression", new { reason = "Qualifying child has died" })).Read<ClientView>(HttpStatusCode.OK);
        var whileSuppressed = await (await http.Post("/api/outbound-call-decisions", decide)).Read<OutboundDecisionView>(HttpStatusCode.OK);
        await (await http.Post("/api/clients/700500003/contact-suppression", new { reason = (string?)null })).Read<ClientView>(HttpStatusCode.OK);
        var afterwards = await (await http.Post("/api/outbound-call-decisions", decide)).Read<OutboundDecisionView>(HttpStatusCode.OK);

        Assert.Equal("Qualifying child has died", suppressed.ContactSuppressedBecause);
        Assert.False(whileSuppressed.CallNeeded);
        Assert.True(afterwards.CallNeeded);
        await (await http.Post("/api/clients/700500003/contact-suppression", new { reason = (string?)null })).AssertProblem(HttpStatusCode.Conflict);
    }

    private const string DemoScin = "700000002";
}

public sealed class RiskFlagTests_Sqlite(SqliteFactory app) : RiskFlagTests(app), IClassFixture<SqliteFactory>;

public sealed class RiskFlagTests_Postgres(PostgresFactory app) : RiskFlagTests(app), IClassFixture<PostgresFactory>;
