using System.Net;
using Casework.Domain.Clients;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Casework.Web.Tests.SubjectAccess;

namespace Casework.Web.Tests.Clients;

/// <summary>The client page: no secret shown (SEC-04), and its forms post to the same handlers as the API.</summary>
public abstract class ClientPageTests(CaseworkFactory app)
{
    [Fact]
    public async Task SEC04_client_page_shows_the_client_but_no_secret()
    {
        var scin = ClientScins.Next();
        await app.AddClient(scin, ClientRole.ReceivingParent);
        var page = await PageSession.SignInAsync(app, "caseworker");

        var html = await page.GetHtmlAsync($"/Clients/{scin}");

        Assert.Contains($"Test client {scin}", html, StringComparison.Ordinal);
        Assert.Contains("Set up (never shown)", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoSecrets.Pin, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kittiwake", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(DemoSecrets.Answers, a => Assert.DoesNotContain(a, html, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.NotFound, (await page.Http.GetAsync("/Clients/799999995")).StatusCode);
    }

    [Fact]
    public async Task CON07_the_client_page_passes_an_interpreter_request_to_the_team_and_keeps_what_was_typed_on_error()
    {
        var scin = await app.AddClientAsync(name: "Arrangement Client");
        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/Clients/{scin}";

        var noLanguage = await page.PostFormAsync(url, $"{url}?handler=Arrangement", new() { ["ArrangementKind"] = "Interpretation", ["ArrangementNote"] = "Prefers Somali" });
        var asked = await page.PostFormAsync(url, $"{url}?handler=Arrangement", new()
        {
            ["ArrangementKind"] = "Interpretation", ["ArrangementLanguage"] = "Somali", ["ArrangementNote"] = "Prefers Somali",
        });

        var refusedHtml = await noLanguage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, noLanguage.StatusCode);
        Assert.Contains("Enter the language the client needs", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Prefers Somali", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("interpreter in Somali", Assert.Single(await app.TasksFor(scin)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON06_CON04_P05_the_client_page_records_a_risk_suppresses_contact_and_sets_up_a_representative()
    {
        var scin = await app.AddClientAsync(name: "Page Client");
        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/Clients/{scin}";

        var missing = await page.PostFormAsync(url, $"{url}?handler=Risk", new() { ["RiskKind"] = "ThreatOfSuicide" });
        var risk = await page.PostFormAsync(url, $"{url}?handler=Risk", new() { ["RiskKind"] = "ThreatOfSuicide", ["RiskNote"] = "Talked of ending it" });
        var suppress = await page.PostFormAsync(url, $"{url}?handler=Suppress", new() { ["Reason"] = "Client has died" });
        var rep = await page.PostFormAsync(url, $"{url}?handler=AddRepresentative", new()
        {
            ["Rep.Name"] = "Page Rep", ["Rep.EmployerErn"] = ApiClient.DemoErn, ["Rep.PowerOfAttorney"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Describe what was said or seen", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (risk.StatusCode, suppress.StatusCode, rep.StatusCode));
        var client = await (await app.LoginAs("caseworker")).GetClient(scin);
        Assert.Equal("Talked of ending it", Assert.Single(client.RiskFlags).Note);
        Assert.Equal("Client has died", client.ContactSuppressedBecause);
        Assert.Equal(("Page Rep", ApiClient.DemoErn, true), Assert.Single(client.Representatives) is var r ? (r.Name, r.EmployerErn, r.PowerOfAttorney) : default);
        var html = await page.GetHtmlAsync(url);
        Assert.Contains("Contact suppressed: Client has died", html, StringComparison.Ordinal);
        Assert.Contains("Talked of ending it", html, StringComparison.Ordinal);

        var trn = r.Trn;
        var changed = await page.PostFormAsync(url, $"{url}?handler=ChangeRepresentative&trn={trn}", new() { ["Rep.Name"] = "Page Rep Renamed", ["Rep.PowerOfAttorney"] = "false" });
        var noReason = await page.PostFormAsync(url, $"{url}?handler=RemoveRepresentative&trn={trn}", new() { ["Reason"] = "" });
        var removed = await page.PostFormAsync(url, $"{url}?handler=RemoveRepresentative&trn={trn}", new() { ["Reason"] = "Client asked" });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.Redirect), (changed.StatusCode, noReason.StatusCode, removed.StatusCode));
        var after = Assert.Single((await (await app.LoginAs("caseworker")).GetClient(scin)).Representatives);
        Assert.Equal(("Page Rep Renamed", false, "Removed", "Client asked"), (after.Name, after.PowerOfAttorney, after.Status, after.RemovedBecause));
    }
}

public sealed class ClientPageTests_Sqlite(SqliteFactory app) : ClientPageTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientPageTests_Postgres(PostgresFactory app) : ClientPageTests(app), IClassFixture<PostgresFactory>;
