using System.Net;
using Casework.Web.Data;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Compliments;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Clients;

/// <summary>
/// The /Clients pages (P-07, SR-09, SR-10, CON-06): find a client by any part of the name or SCIN, record a new one,
/// and the client page's lists and its "Raise a service request", which obeys the same call rules as the API.
/// </summary>
public abstract class ClientPagesTests(CaseworkFactory app)
{
    private const string ReceivingParent = "700000001";
    private const string Representative = "55500001";

    private static object NewClient(string name) => new
    {
        name, role = "ReceivingParent", addressLine1 = "4 Quay Parade", postcode = "sa1 1aa", region = "EnglandAndWales", phone = "01792 000000", preferredLanguage = "English",
    };

    [Fact]
    public async Task P07_the_clients_page_finds_any_part_of_a_name_paged_with_the_total()
    {
        var http = await app.LoginAs("caseworker");
        var tag = "q" + Guid.NewGuid().ToString("N")[..8]; // a letter, so never read as a SCIN
        var scins = new List<string>();
        for (var i = 0; i < 26; i++)
        {
            scins.Add((await http.Post("/api/clients", NewClient($"Pageful {tag} {i:D2}")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin);
        }

        var page = await PageSession.SignInAsync(app, "teamleader");
        var first = await page.GetHtmlAsync($"/Clients?search={tag.ToUpperInvariant()}");
        var second = await page.GetHtmlAsync($"/Clients?search={tag}&p=2");
        var byScin = await page.GetHtmlAsync($"/Clients?search={scins[7]}");

        Assert.Contains("26 clients found", first, StringComparison.Ordinal);
        Assert.Contains($"Pageful {tag} 24", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"Pageful {tag} 25", first, StringComparison.Ordinal);
        Assert.Contains($"Pageful {tag} 25", second, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Clients?search={tag.ToUpperInvariant()}&p=2\"", first, StringComparison.Ordinal);
        Assert.Contains("1 client found", byScin, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Clients/{scins[7]}\"", byScin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON06_the_clients_page_never_shows_a_withheld_client_by_name_and_shows_their_SCIN_alone()
    {
        var http = await app.LoginAs("caseworker");
        var tag = "q" + Guid.NewGuid().ToString("N")[..8];
        var scin = (await http.Post("/api/clients", NewClient($"Hidden {tag}")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;
        await http.TryRecordRisk(scin, "DomesticViolence", "Must not be found by the other parent");
        var page = await PageSession.SignInAsync(app, "caseworker");

        var byName = await page.GetHtmlAsync($"/Clients?search={tag}");
        var byScin = await page.GetHtmlAsync($"/Clients?search={scin}");

        Assert.Contains("0 clients found", byName, StringComparison.Ordinal);
        Assert.Contains("Details withheld", byScin, StringComparison.Ordinal);
        Assert.DoesNotContain(tag, byScin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P07_the_create_page_names_every_bad_field_linked_to_it_and_records_nothing()
    {
        var page = await PageSession.SignInAsync(app, "caseworker");
        var http = await app.LoginAs("caseworker");
        var before = (await http.Get<ClientPageView>("/api/clients?pageSize=1")).Total;

        var refused = await page.PostFormAsync("/Clients/Create", "/Clients/Create", new() { ["Client.Name"] = "Half Filled", ["Client.Role"] = "Uncle" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        foreach (var field in new[] { "role", "addressLine1", "postcode", "region", "phone", "preferredLanguage" })
        {
            Assert.Contains($"href=\"#Client_{field}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"Client_{field}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("href=\"#Client_name\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Half Filled\"", html, StringComparison.Ordinal);
        Assert.Equal(before, (await http.Get<ClientPageView>("/api/clients?pageSize=1")).Total);
    }

    [Fact]
    public async Task P07_the_create_page_records_the_client_with_a_SCIN_and_their_page_shows_the_address()
    {
        var page = await PageSession.SignInAsync(app, "caseworker");
        var name = $"Created {Guid.NewGuid():N}"[..20];

        var created = await page.PostFormAsync("/Clients/Create", "/Clients/Create", new()
        {
            ["Client.Name"] = name, ["Client.Role"] = "PayingParent", ["Client.AddressLine1"] = "9 Marina Walk", ["Client.Postcode"] = "sa1 3xy",
            ["Client.Region"] = "EnglandAndWales", ["Client.Phone"] = "01792 111111", ["Client.PreferredLanguage"] = "Welsh",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.Matches("^/Clients/[0-9]{9}$", location);
        var html = await page.GetHtmlAsync(location);
        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains("9 Marina Walk, SA1 3XY", html, StringComparison.Ordinal);
        Assert.Contains("01792 111111", html, StringComparison.Ordinal);
        Assert.Contains("Back to find a client", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P07_only_a_caseworker_may_open_the_create_page()
    {
        var leader = await PageSession.SignInAsync(app, "teamleader");
        using var refused = await leader.Http.GetAsync("/Clients/Create");
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.DoesNotContain("Record a new client", await leader.GetHtmlAsync("/Clients"), StringComparison.Ordinal);
        Assert.Contains("Record a new client", await (await PageSession.SignInAsync(app, "caseworker")).GetHtmlAsync("/Clients"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SR10_OUT06_the_client_page_lists_the_clients_SRs_paged_calls_and_compliments()
    {
        var http = await app.LoginAs("caseworker");
        var scin = (await http.Post("/api/clients", NewClient("Listed Client")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;
        var references = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            references.Add((await http.TryRaiseSr(new { process = "Client", area = "Contact", subArea = "Call Back", clientScin = scin, raisedBy = "Client", channel = "Letter" })
                .ReadOk<ClientSrView>(HttpStatusCode.Created)).Reference);
        }

        await http.ComplimentClient(scin, "Kind words about a call back");
        var call = await http.StartCall("ReceivingParent", ReceivingParent);
        await http.Answer(call, DemoSecrets.RightAnswer);
        var onCall = await http.TryRaiseSr(new { process = "Client", area = "Info Request", subArea = "Statement Request", clientScin = ReceivingParent, raisedBy = "Client", channel = "Phone", callId = call.Id })
            .ReadOk<ClientSrView>(HttpStatusCode.Created);
        var page = await PageSession.SignInAsync(app, "caseworker");

        var first = await page.GetHtmlAsync($"/Clients/{scin}");
        var second = await page.GetHtmlAsync($"/Clients/{scin}?srPage=2");
        var demo = await page.GetHtmlAsync($"/Clients/{ReceivingParent}");

        Assert.Contains("11 service requests", first, StringComparison.Ordinal);
        Assert.Contains(references[^1], first, StringComparison.Ordinal);
        Assert.DoesNotContain(references[0], first, StringComparison.Ordinal);
        Assert.Contains(references[0], second, StringComparison.Ordinal);
        Assert.Contains("Kind words about a call back", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/ServiceRequests/Raise?scin={scin}\"", first, StringComparison.Ordinal);
        Assert.Contains(onCall.Reference, demo, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"govuk-table__cell\">{call.Id}</td>", demo, StringComparison.Ordinal);
        Assert.Contains("No calls taken.", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SR09_raised_from_the_client_page_by_a_representative_it_is_recorded_with_their_TRN()
    {
        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/ServiceRequests/Raise?scin={ReceivingParent}";
        var form = await page.GetHtmlAsync(url);
        Assert.Contains($"(TRN {Representative})", form, StringComparison.Ordinal);
        Assert.DoesNotContain("optgroup label=\"Employer /", form, StringComparison.Ordinal);

        var raised = await page.PostFormAsync(url, "/ServiceRequests/Raise", new()
        {
            ["Scin"] = ReceivingParent, ["TypeKey"] = "Client|Info Request|Statement Request", ["RaisedBy"] = "Representative",
            ["Trn"] = Representative, ["Channel"] = "Letter",
        });

        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var reference = raised.Headers.Location!.OriginalString.Split('/')[^1];
        var sr = await (await app.LoginAs("caseworker")).Get<ClientSrView>($"/api/service-requests/{reference}");
        Assert.Equal(("Representative", Representative, ReceivingParent), (sr.RaisedBy, sr.RepresentativeTrn, sr.ClientScin));
    }

    [Fact]
    public async Task SR09_without_a_call_a_client_with_no_representative_is_offered_only_the_client_as_raiser()
    {
        var http = await app.LoginAs("caseworker");
        var scin = (await http.Post("/api/clients", NewClient("No Representative")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;
        var page = await PageSession.SignInAsync(app, "caseworker");

        var alone = await page.GetHtmlAsync($"/ServiceRequests/Raise?scin={scin}");
        var represented = await page.GetHtmlAsync($"/ServiceRequests/Raise?scin={ReceivingParent}");

        Assert.Contains("value=\"Client\"", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Representative\"", alone, StringComparison.Ordinal);
        Assert.Contains("value=\"Representative\"", represented, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Clients/{scin}\"", alone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC06_raised_from_the_client_page_on_a_call_not_yet_passed_it_is_refused_with_the_reason_and_nothing_saved()
    {
        var http = await app.LoginAs("caseworker");
        var scin = (await http.Post("/api/clients", NewClient("Unchecked Caller")).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;
        var unanswered = await http.StartCall("ReceivingParent", ReceivingParent);
        var page = await PageSession.SignInAsync(app, "caseworker");
        var fields = new Dictionary<string, string>
        {
            ["Scin"] = ReceivingParent, ["CallId"] = unanswered.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TypeKey"] = "Client|Contact|Call Back", ["RaisedBy"] = "Client", ["Channel"] = "Phone",
        };
        var before = await ClientSrCountAsync(ReceivingParent);

        var notPassed = await page.PostFormAsync($"/ServiceRequests/Raise?scin={ReceivingParent}", "/ServiceRequests/Raise", fields);
        fields["Scin"] = scin;
        var otherClient = await page.PostFormAsync($"/ServiceRequests/Raise?scin={scin}", "/ServiceRequests/Raise", fields);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (notPassed.StatusCode, otherClient.StatusCode));
        Assert.Contains("SEC-06", await notPassed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("SEC-06", await otherClient.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await ClientSrCountAsync(ReceivingParent));
        Assert.Equal(0, await ClientSrCountAsync(scin));
        Assert.Empty((await http.GetCall(unanswered.Id)).ServiceRequests);
    }

    private async Task<int> ClientSrCountAsync(string scin)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().ServiceRequests.CountAsync(s => s.ClientScin == scin);
    }
}

public sealed class ClientPagesTests_Sqlite(SqliteFactory app) : ClientPagesTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientPagesTests_Postgres(PostgresFactory app) : ClientPagesTests(app), IClassFixture<PostgresFactory>;
