using System.Net;
using Casework.Domain.Clients;
using Casework.Web.Data;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Contact;

public sealed record ChangeView(string Reason, DateOnly On, bool ClientAsked);

public sealed record PlannedCallView(DateOnly On, IReadOnlyList<ChangeView> Covers, string Rule);

public sealed record ChangeDecisionView(string Reason, DateOnly On, bool CallNeeded, string Rule);

public sealed record OutboundDecisionView(bool CallNeeded, string Role, bool ContactSuppressed, IReadOnlyList<PlannedCallView> Calls, IReadOnlyList<ChangeDecisionView> Changes);

/// <summary>CON-01/02/03/04 through POST /api/outbound-call-decisions.</summary>
public abstract class OutboundCallDecisionTests(CaseworkFactory app)
{
    private static readonly DateOnly _monday = new(2026, 3, 2);

    [Fact]
    public async Task CON01_a_change_in_liability_needs_a_call_on_the_day()
    {
        var decision = await Decide(role: "PayingParent", changes: [Change("LiabilityOrPaymentScheduleChange", _monday)]);

        Assert.True(decision.CallNeeded);
        Assert.Equal(_monday, Assert.Single(decision.Calls).On);
        Assert.Contains("CON-01", decision.Calls[0].Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task CON02_a_change_of_address_needs_a_call_only_when_the_client_asked(bool clientAsked, bool callNeeded)
    {
        var decision = await Decide(role: "ReceivingParent", changes: [Change("AddressChange", _monday, clientAsked)]);

        Assert.Equal(callNeeded, decision.CallNeeded);
        Assert.Contains("CON-02", Assert.Single(decision.Changes).Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PayingParent", false)]
    [InlineData("ReceivingParent", true)]
    public async Task CON02_a_deo_imposed_for_non_compliance_is_on_request_for_the_paying_parent_only(string role, bool callNeeded) =>
        Assert.Equal(callNeeded, (await Decide(role: role, changes: [Change("DeoImposedForNonCompliance", _monday)])).CallNeeded);

    [Fact]
    public async Task CON03_three_changes_within_three_days_get_one_call_after_the_last()
    {
        var decision = await Decide(role: "PayingParent", changes:
        [
            Change("AddressChange", _monday), Change("LiabilityOrPaymentScheduleChange", _monday.AddDays(1)), Change("NameChange", _monday.AddDays(2)),
        ]);

        var call = Assert.Single(decision.Calls);
        Assert.Equal((_monday.AddDays(2), 3), (call.On, call.Covers.Count));
        Assert.Contains("CON-03", call.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON03_a_change_after_the_three_day_window_needs_a_call_of_its_own()
    {
        var decision = await Decide(role: "PayingParent", changes:
            [Change("LiabilityOrPaymentScheduleChange", _monday), Change("ServiceTypeChange", _monday.AddDays(3))]);

        Assert.Equal([_monday, _monday.AddDays(3)], decision.Calls.Select(c => c.On));
    }

    [Fact]
    public async Task CON04_a_suppressed_client_gets_no_outbound_call()
    {
        await app.AddClient("700400001", ClientRole.PayingParent);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var client = await db.Clients.SingleAsync(c => c.Scin == "700400001");
            client.SuppressContact("Qualifying child has died", new("100001", "Carys Evans", "EMPLOYER-PAYMENTS", new HashSet<string>()), app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var decision = await Decide(scin: "700400001", changes: [Change("Complaint", _monday)]);

        Assert.Equal((false, true, "PayingParent"), (decision.CallNeeded, decision.ContactSuppressed, decision.Role));
        Assert.Empty(decision.Calls);
        Assert.Contains("CON-04", Assert.Single(decision.Changes).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON01_the_role_is_read_from_the_client_record()
    {
        var decision = await Decide(scin: "700000001", changes: [Change("CallBackRequest", _monday)]);

        Assert.Equal(("ReceivingParent", true), (decision.Role, decision.CallNeeded));
    }

    [Fact]
    public async Task CON01_the_rules_are_data_that_can_be_read()
    {
        var rules = await (await app.LoginAs("caseworker")).Get<List<Dictionary<string, object?>>>("/api/outbound-call-rules");

        Assert.Equal(13, rules.Count);
    }

    [Theory]
    [InlineData("""{ "role": "PayingParent", "changes": [] }""", "changes")]
    [InlineData("""{ "role": "PayingParent" }""", "changes")]
    [InlineData("""{ "changes": [ { "reason": "AddressChange", "on": "2026-03-02" } ] }""", "scin")]
    [InlineData("""{ "role": "Neighbour", "changes": [ { "reason": "AddressChange", "on": "2026-03-02" } ] }""", "role")]
    [InlineData("""{ "role": "PayingParent", "changes": [ { "reason": "Birthday", "on": "2026-03-02" } ] }""", "changes[0].reason")]
    [InlineData("""{ "role": "PayingParent", "changes": [ { "reason": "AddressChange" } ] }""", "changes[0].on")]
    public async Task CON01_a_decision_needs_changes_and_a_client_or_role_400(string json, string field)
    {
        var http = await app.LoginAs("caseworker");
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await (await http.PostAsync("/api/outbound-call-decisions", content)).AssertProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task CON01_an_unknown_scin_is_404_and_only_caseworkers_and_team_leaders_ask()
    {
        var body = new { scin = "799999999", changes = new[] { Change("AddressChange", _monday) } };
        await (await (await app.LoginAs("caseworker")).Post("/api/outbound-call-decisions", body)).AssertProblem(HttpStatusCode.NotFound);
        await (await (await app.LoginAs("subjectaccess")).Post("/api/outbound-call-decisions", body)).AssertProblem(HttpStatusCode.Forbidden);
        (await app.Anonymous().Post("/api/outbound-call-decisions", body)).AssertUnauthorized();
    }

    private static object Change(string reason, DateOnly on, bool clientAsked = false) => new { reason, on, clientAsked };

    private async Task<OutboundDecisionView> Decide(string? scin = null, string? role = null, object[]? changes = null) =>
        await (await (await app.LoginAs("caseworker")).Post("/api/outbound-call-decisions", new { scin, role, changes }))
            .Read<OutboundDecisionView>(HttpStatusCode.OK);
}

public sealed class OutboundCallDecisionTests_Sqlite(SqliteFactory app) : OutboundCallDecisionTests(app), IClassFixture<SqliteFactory>;

public sealed class OutboundCallDecisionTests_Postgres(PostgresFactory app) : OutboundCallDecisionTests(app), IClassFixture<PostgresFactory>;
