using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Clients;

/// <summary>P-05: set up, change and remove a representative (004 "Client Representative").</summary>
public abstract class RepresentativeTests(CaseworkFactory app)
{
    [Fact]
    public async Task P05_individual_representative_gets_a_trn_and_security_of_their_own_never_shown()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync();

        var response = await http.TrySetUpRepresentative(scin, ClientApi.IndividualRepresentative("Dana Proxy", powerOfAttorney: true));
        var text = await response.Content.ReadAsStringAsync();
        var rep = await response.Read<RepresentativeView>(HttpStatusCode.Created);

        Assert.Matches("^[0-9]{8}$", rep.Trn);
        Assert.Equal(("Dana Proxy", true, true, "Active"), (rep.Name, rep.PowerOfAttorney, rep.SecuritySetUp, rep.Status));
        Assert.DoesNotContain("2468013", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour", text, StringComparison.Ordinal);
        Assert.Equal(rep.Trn, Assert.Single((await http.GetClient(scin)).Representatives).Trn);
    }

    [Fact]
    public async Task P05_employer_representative_has_no_security_questions()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync();
        var employer = await http.CreateEmployer("Representing Payroll Ltd");
        var before = (await http.GetClient(scin)).Representatives.Count;

        await (await http.TrySetUpRepresentative(scin, new { name = "With Secrets", powerOfAttorney = false, employerErn = employer.Ern, pin = "1234567", password = "p",
            questions = Enumerable.Range(1, 7).Select(i => new { question = $"Q{i}", answer = "a" }) })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        var rep = await http.TrySetUpRepresentative(scin, new { name = "Payroll dept", powerOfAttorney = false, employerErn = employer.Ern })
            .ReadOk<RepresentativeView>(HttpStatusCode.Created);

        Assert.Equal((employer.Ern, false), (rep.EmployerErn, rep.SecuritySetUp));
        Assert.Equal(before + 1, (await http.GetClient(scin)).Representatives.Count);
    }

    [Fact]
    public async Task P05_change_then_remove_keeps_the_representative_for_the_trail()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync();
        var rep = await http.TrySetUpRepresentative(scin, ClientApi.IndividualRepresentative("Lee Helper")).ReadOk<RepresentativeView>(HttpStatusCode.Created);

        var changed = await http.Send(HttpMethod.Put, $"/api/representatives/{rep.Trn}", new { name = "Lee Helper-Jones", powerOfAttorney = true })
            .ReadOk<RepresentativeView>();
        var removed = await http.Post($"/api/representatives/{rep.Trn}/remove", new { reason = "Client withdrew consent" }).ReadOk<RepresentativeView>();

        Assert.Equal(("Lee Helper-Jones", true), (changed.Name, changed.PowerOfAttorney));
        Assert.Equal(("Removed", "Client withdrew consent"), (removed.Status, removed.RemovedBecause));
        Assert.Equal("Removed", Assert.Single((await http.GetClient(scin)).Representatives).Status);
    }

    [Fact]
    public async Task P05_refused_representative_changes_change_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var scin = await app.AddClientAsync();
        var rep = await http.TrySetUpRepresentative(scin, ClientApi.IndividualRepresentative("Kept Same")).ReadOk<RepresentativeView>(HttpStatusCode.Created);
        var gone = await http.TrySetUpRepresentative(scin, ClientApi.IndividualRepresentative("Already Gone")).ReadOk<RepresentativeView>(HttpStatusCode.Created);
        await http.Post($"/api/representatives/{gone.Trn}/remove", new { reason = "Moved away" }).ReadOk<RepresentativeView>();
        var before = await http.GetClientText(scin);

        (await app.Anonymous().TrySetUpRepresentative(scin, ClientApi.IndividualRepresentative("x"))).AssertUnauthorized();
        await (await team.TrySetUpRepresentative(scin, ClientApi.IndividualRepresentative("x"))).AssertProblem(HttpStatusCode.Forbidden);
        await (await http.TrySetUpRepresentative(scin, new { powerOfAttorney = false })).AssertProblem(HttpStatusCode.BadRequest, "name");
        await (await http.TrySetUpRepresentative(scin, new { name = "No Secrets", powerOfAttorney = false })).AssertProblem(HttpStatusCode.BadRequest, "pin");
        await (await http.TrySetUpRepresentative(scin, new { name = "Bad Pin", powerOfAttorney = false, pin = "12", password = "p", questions = Array.Empty<object>() }))
            .AssertProblem(HttpStatusCode.BadRequest, "pin", "questions");
        await (await http.TrySetUpRepresentative(scin, new { name = "Ghost Ltd", powerOfAttorney = false, employerErn = "99999997" }))
            .AssertProblem(HttpStatusCode.BadRequest, "employerErn");
        await (await http.TrySetUpRepresentative("799999997", ClientApi.IndividualRepresentative("x"))).AssertProblem(HttpStatusCode.NotFound);
        await (await http.Send(HttpMethod.Put, $"/api/representatives/{rep.Trn}", new { name = " ", powerOfAttorney = true })).AssertProblem(HttpStatusCode.BadRequest, "name");
        await (await http.Post($"/api/representatives/{rep.Trn}/remove", new { reason = "" })).AssertProblem(HttpStatusCode.BadRequest, "reason");
        await (await http.Send(HttpMethod.Put, $"/api/representatives/{gone.Trn}", new { name = "Back", powerOfAttorney = true })).AssertProblem(HttpStatusCode.Conflict);
        await (await http.Post($"/api/representatives/{gone.Trn}/remove", new { reason = "Again" })).AssertProblem(HttpStatusCode.Conflict);
        await (await http.Post("/api/representatives/00000000/remove", new { reason = "x" })).AssertProblem(HttpStatusCode.NotFound);

        Assert.Equal(before, await http.GetClientText(scin));
    }
}

public sealed class RepresentativeTests_Sqlite(SqliteFactory app) : RepresentativeTests(app), IClassFixture<SqliteFactory>;

public sealed class RepresentativeTests_Postgres(PostgresFactory app) : RepresentativeTests(app), IClassFixture<PostgresFactory>;
