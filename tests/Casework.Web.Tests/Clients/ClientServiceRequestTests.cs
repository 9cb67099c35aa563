using System.Net;
using Casework.Domain.Clients;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Clients;

public sealed record ClientCreatedView(string Scin);

public sealed record ClientSummaryView(string Scin, string? Name, string Role, bool Withheld);

public sealed record ClientPageView(List<ClientSummaryView> Items, int Total);

public sealed record AddressView(string? AddressLine1, string? Postcode);

public sealed record ClientWithAddressView(string Scin, string Name, AddressView Address);

public sealed record ClientSrOutboundCallView(bool Required, string Rule, DateOnly? CallDueOn);

public sealed record ClientSrView(
    string Reference, string Process, string Area, string SubArea, string RaisedBy, string? ClientScin, string? RepresentativeTrn,
    OwnerView Owner, ClientSrOutboundCallView? OutboundCall);

public sealed record SrTypeWithPartiesView(string Process, string Area, string SubArea, bool EmployerOnly, List<string> PartyKinds);

/// <summary>P-07, SR-09, CON-08 through the HTTP pipeline: clients created and found, client SRs raised on secure calls.</summary>
public abstract class ClientServiceRequestTests(CaseworkFactory app)
{
    private const string PayingParent = "700000002";
    private const string ReceivingParent = "700000001";
    private const string Representative = "55500001";

    private static object NewClient(string name) => new
    {
        name, role = "PayingParent", addressLine1 = "12 Harbour Street", postcode = "cf10 1aa", region = "EnglandAndWales", phone = "029 2000 0000", preferredLanguage = "English",
    };

    private static object Sr(string subArea, string scin, string raisedBy = "Client", int? callId = null, string area = "Change of Circumstances") =>
        new { process = "Client", area, subArea, clientScin = scin, raisedBy, channel = "Phone", callId };

    [Fact]
    public async Task P07_a_caseworker_creates_a_client_the_system_assigns_the_scin_and_the_record_has_the_address()
    {
        var http = await app.LoginAs("caseworker");

        var created = await http.Post("/api/clients", NewClient("Elin Harbour")).ReadOk<ClientCreatedView>(HttpStatusCode.Created);

        Assert.Matches("^[0-9]{9}$", created.Scin);
        var client = await http.Get<ClientWithAddressView>($"/api/clients/{created.Scin}");
        Assert.Equal(new AddressView("12 Harbour Street", "CF10 1AA"), client.Address);
    }

    [Fact]
    public async Task P07_bad_input_is_400_naming_each_field_and_no_client_is_created()
    {
        var http = await app.LoginAs("caseworker");
        var before = (await http.Get<ClientPageView>("/api/clients?pageSize=1")).Total;

        await (await http.Post("/api/clients", new { name = "", role = "Uncle", region = "Mars" }))
            .AssertProblem(HttpStatusCode.BadRequest, "name", "role", "region", "addressLine1", "postcode", "phone", "preferredLanguage");

        Assert.Equal(before, (await http.Get<ClientPageView>("/api/clients?pageSize=1")).Total);
    }

    [Fact]
    public async Task P07_only_a_caseworker_creates_clients_403_and_401()
    {
        await (await (await app.LoginAs("teamleader")).Post("/api/clients", NewClient("Not Allowed"))).AssertProblem(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().Post("/api/clients", NewClient("Anonymous"))).StatusCode);
        await (await (await app.LoginAs("subjectaccess")).GetAsync(new Uri("/api/clients?search=a", UriKind.Relative))).AssertProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task P07_search_finds_any_part_of_the_name_or_the_scin_paged()
    {
        var http = await app.LoginAs("caseworker");
        var tag = "q" + Guid.NewGuid().ToString("N")[..8]; // a letter, so never read as a SCIN
        var scins = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            scins.Add((await http.Post("/api/clients", NewClient($"Pagewood {tag} {i}")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin);
        }

        var first = await http.Get<ClientPageView>($"/api/clients?search={tag.ToUpperInvariant()}&pageSize=2");
        var second = await http.Get<ClientPageView>($"/api/clients?search={tag}&pageSize=2&page=2");
        var byScin = await (await app.LoginAs("teamleader")).Get<ClientPageView>($"/api/clients?search={scins[1]}");

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Items.Count);
        Assert.Single(second.Items);
        Assert.Equal(scins.Order(), first.Items.Concat(second.Items).Select(i => i.Scin).Order());
        Assert.Equal([scins[1]], byScin.Items.Select(i => i.Scin));
    }

    [Fact]
    public async Task CON06_a_domestic_violence_client_is_withheld_from_search_results()
    {
        var http = await app.LoginAs("caseworker");
        var tag = "q" + Guid.NewGuid().ToString("N")[..8]; // a letter, so never read as a SCIN
        var scin = (await http.Post("/api/clients", NewClient($"Withheld {tag}")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;
        await http.TryRecordRisk(scin, "DomesticViolence", "Ex-partner must not learn the address");

        var byName = await http.Get<ClientPageView>($"/api/clients?search={tag}");
        var byScin = await http.Get<ClientPageView>($"/api/clients?search={scin}");

        Assert.Equal(0, byName.Total);
        var item = Assert.Single(byScin.Items);
        Assert.True(item.Withheld);
        Assert.Null(item.Name);
        Assert.DoesNotContain(tag, await (await http.GetAsync(new Uri($"/api/clients?search={scin}", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SR09_the_catalogue_says_which_party_kinds_each_type_is_for()
    {
        var types = await (await app.LoginAs("caseworker")).Get<List<SrTypeWithPartiesView>>("/api/service-request-types");

        foreach (var (area, subArea) in new[]
                 {
                     ("Change of Circumstances", "Payment Schedule"), ("Change of Circumstances", "Address"), ("Info Request", "Statement Request"),
                     ("Contact", "Call Back"), ("Complaints", "Complaint"),
                 })
        {
            Assert.Equal(["Client"], types.Single(t => t.Process == "Client" && t.Area == area && t.SubArea == subArea).PartyKinds);
        }

        Assert.Equal(["Employer"], types.Single(t => t.Area == "Complaints" && t.SubArea == "Resolution").PartyKinds);
        Assert.Equal(["Employer", "Agent"], types.Single(t => t.SubArea == "Send Literature").PartyKinds);
    }

    [Fact]
    public async Task SR09_a_client_sr_on_a_passed_call_goes_to_the_case_owner_and_plans_the_outbound_call()
    {
        var http = await app.LoginAs("caseworker");
        var call = await http.StartCall("PayingParent", PayingParent);
        await http.Answer(call, DemoSecrets.RightAnswer);

        var sr = await http.TryRaiseSr(Sr("Payment Schedule", PayingParent, callId: call.Id)).ReadOk<ClientSrView>(HttpStatusCode.Created);

        Assert.Equal(PayingParent, sr.ClientScin);
        Assert.Equal("Client", sr.RaisedBy);
        Assert.Equal("100002", sr.Owner.StaffNumber);
        Assert.True(sr.OutboundCall!.Required);
        Assert.Contains("CON-0", sr.OutboundCall.Rule, StringComparison.Ordinal);
        Assert.Equal([sr.Reference], (await http.GetCall(call.Id)).ServiceRequests);
        var owner = await app.LoginAs("caseworker2");
        Assert.Contains(await owner.Inbox(), i => i.Reference == sr.Reference);
        var task = Assert.Single(await app.TasksFor(PayingParent), t => t.Kind == TeamTaskKind.OutboundCall && t.Status == TeamTaskStatus.Open);
        Assert.Equal(sr.OutboundCall.CallDueOn, task.DueOn);
        Assert.Equal("100002", task.StaffNumber);
    }

    [Fact]
    public async Task SR09_a_representatives_call_raises_for_the_client_they_act_for_recorded_as_the_representative()
    {
        var http = await app.LoginAs("caseworker");
        var call = await http.StartCall("Representative", Representative);
        await http.Answer(call, DemoSecrets.RightAnswer);

        var sr = await http.TryRaiseSr(Sr("Statement Request", ReceivingParent, "Representative", call.Id, "Info Request")).ReadOk<ClientSrView>(HttpStatusCode.Created);

        Assert.Equal("Representative", sr.RaisedBy);
        Assert.Equal(Representative, sr.RepresentativeTrn);
        Assert.Equal(ReceivingParent, sr.ClientScin);
        Assert.Null(sr.OutboundCall);
    }

    [Fact]
    public async Task SEC06_no_client_sr_on_an_unanswered_or_failed_call_422_and_nothing_saved()
    {
        var http = await app.LoginAs("caseworker");
        var unanswered = await http.StartCall("PayingParent", PayingParent);
        var before = await ClientSrCount(PayingParent);

        var problem = await (await http.TryRaiseSr(Sr("Address", PayingParent, callId: unanswered.Id))).AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("SEC-06", problem.Detail, StringComparison.Ordinal);
        await http.Answer(unanswered, _ => "wrong");
        await (await http.TryRaiseSr(Sr("Address", PayingParent, callId: unanswered.Id))).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(before, await ClientSrCount(PayingParent));
        Assert.Empty((await http.GetCall(unanswered.Id)).ServiceRequests);
    }

    [Fact]
    public async Task SEC06_a_call_passed_for_another_client_or_a_representative_of_someone_else_is_422()
    {
        var http = await app.LoginAs("caseworker");
        var other = await http.StartCall("PayingParent", PayingParent);
        await http.Answer(other, DemoSecrets.RightAnswer);
        var representative = await http.StartCall("Representative", Representative);
        await http.Answer(representative, DemoSecrets.RightAnswer);
        var before = await ClientSrCount("700000003");

        await (await http.TryRaiseSr(Sr("Address", "700000003", callId: other.Id))).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await http.TryRaiseSr(Sr("Address", "700000003", "Representative", representative.Id))).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(before, await ClientSrCount("700000003"));
    }

    [Fact]
    public async Task SR03_an_employer_only_type_is_refused_for_a_client_with_the_reason_422()
    {
        var http = await app.LoginAs("caseworker");
        var scin = (await http.Post("/api/clients", NewClient("Employer Only")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;

        var problem = await (await http.TryRaiseSr(new { process = "Employer", area = "Complaints", subArea = "Resolution", clientScin = scin, raisedBy = "Client", channel = "Phone" }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("employer", problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await ClientSrCount(scin));
    }

    [Fact]
    public async Task SR09_a_client_sr_needs_a_client_raiser_and_a_known_scin_400()
    {
        var http = await app.LoginAs("caseworker");

        await (await http.TryRaiseSr(Sr("Address", PayingParent, "Employer"))).AssertProblem(HttpStatusCode.BadRequest, "raisedBy");
        await (await http.TryRaiseSr(Sr("Address", "799999999"))).AssertProblem(HttpStatusCode.BadRequest, "clientScin");
        await (await http.TryRaiseSr(new { process = "Client", area = "Contact", subArea = "Call Back", clientScin = PayingParent, employerErn = ApiClient.DemoErn, raisedBy = "Client", channel = "Phone" }))
            .AssertProblem(HttpStatusCode.BadRequest, "clientScin");
    }

    [Fact]
    public async Task CON08_several_changes_within_three_days_share_one_call_whose_due_date_moves()
    {
        var http = await app.LoginAs("caseworker");
        var scin = (await http.Post("/api/clients", NewClient("Burst Changes")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;

        var address = await http.TryRaiseSr(Sr("Address", scin)).ReadOk<ClientSrView>(HttpStatusCode.Created);
        Assert.False(address.OutboundCall!.Required);
        Assert.Contains("CON-02", address.OutboundCall.Rule, StringComparison.Ordinal);
        Assert.Empty(await app.TasksFor(scin));

        var schedule = await http.TryRaiseSr(Sr("Payment Schedule", scin)).ReadOk<ClientSrView>(HttpStatusCode.Created);
        var liability = await http.TryRaiseSr(Sr("Liability", scin)).ReadOk<ClientSrView>(HttpStatusCode.Created);

        Assert.True(schedule.OutboundCall!.Required);
        Assert.Contains("CON-03", liability.OutboundCall!.Rule, StringComparison.Ordinal);
        var task = Assert.Single(await app.TasksFor(scin));
        Assert.Equal(liability.Reference, task.ServiceRequestReference);
        Assert.Equal(liability.OutboundCall.CallDueOn, task.DueOn);
    }

    [Fact]
    public async Task CON04_a_suppressed_clients_change_needs_no_call_and_plans_none()
    {
        var http = await app.LoginAs("caseworker");
        var scin = (await http.Post("/api/clients", NewClient("Suppressed Change")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;
        await http.TrySuppress(scin, "The qualifying child has died");

        var sr = await http.TryRaiseSr(Sr("Liability", scin)).ReadOk<ClientSrView>(HttpStatusCode.Created);

        Assert.False(sr.OutboundCall!.Required);
        Assert.Contains("CON-04", sr.OutboundCall.Rule, StringComparison.Ordinal);
        Assert.Empty(await app.TasksFor(scin));
    }

    [Fact]
    public async Task SR10_a_scin_search_lists_that_clients_srs_and_only_theirs()
    {
        var http = await app.LoginAs("caseworker");
        var call = await http.StartCall("PayingParent", PayingParent);
        await http.Answer(call, DemoSecrets.RightAnswer);
        var sr = await http.TryRaiseSr(Sr("Address", PayingParent, callId: call.Id)).ReadOk<ClientSrView>(HttpStatusCode.Created);

        var found = await http.Get<PageView<SrListItemView>>($"/api/service-requests?search={PayingParent}&pageSize=200");

        Assert.Equal(await ClientSrCount(PayingParent), found.Total);
        Assert.Contains(found.Items, i => i.Reference == sr.Reference);
        var other = await http.Get<PageView<SrListItemView>>($"/api/service-requests?search={ReceivingParent}&pageSize=200");
        Assert.DoesNotContain(other.Items, i => i.Reference == sr.Reference);
    }

    private async Task<int> ClientSrCount(string scin)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().ServiceRequests.CountAsync(s => s.ClientScin == scin);
    }
}

public sealed class ClientServiceRequestTests_Sqlite(SqliteFactory app) : ClientServiceRequestTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientServiceRequestTests_Postgres(PostgresFactory app) : ClientServiceRequestTests(app), IClassFixture<PostgresFactory>;
