using System.Net;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Contact;

public sealed record RepresentativeView(
    string Trn,
    string Name,
    string ActingForScin,
    bool PowerOfAttorney,
    string? EmployerErn,
    string Status,
    string? RemovedBecause,
    bool HasSecurity,
    IReadOnlyList<string> SecurityQuestions,
    int Version);

/// <summary>P-05 through /api/representatives: set up with their own security (or an employer's account), change, remove.</summary>
public abstract class RepresentativeTests(CaseworkFactory app)
{
    private static readonly object _security = new
    {
        pin = "8203641",
        password = "Quokka Harbourmaster",
        questions = Enumerable.Range(1, 7).Select(n => new { question = $"Representative question {n}?", answer = $"Zebulon {n}" }),
    };

    [Fact]
    public async Task P05_a_representative_set_up_with_their_own_security_gets_a_trn_and_passes_a_call_with_it()
    {
        var http = await app.LoginAs("caseworker");

        var response = await http.Post("/api/representatives", new { name = "Robin Advocate", actingForScin = "700000002", powerOfAttorney = true, security = _security });
        var body = await response.Content.ReadAsStringAsync();
        var representative = await response.Read<RepresentativeView>(HttpStatusCode.Created);

        Assert.Matches("^555[0-9]{5}$", representative.Trn);
        Assert.NotEqual("55500001", representative.Trn);
        Assert.Equal(("Active", true, true), (representative.Status, representative.HasSecurity, representative.PowerOfAttorney));
        Assert.DoesNotContain("Quokka", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("8203641", body, StringComparison.Ordinal);
        var call = await http.StartCall("Representative", representative.Trn);
        var result = await http.Answer(call, id => id switch
        {
            "Password" => "quokka harbourmaster",
            _ when id.StartsWith("Pin", StringComparison.Ordinal) => "8203641"[int.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture) - 1].ToString(),
            _ => $"zebulon {id[8..]}",
        });
        Assert.True(result.Passed);
    }

    [Fact]
    public async Task P05_an_employer_representative_has_no_security_of_its_own()
    {
        var http = await app.LoginAs("caseworker");

        var employer = await (await http.Post("/api/representatives", new { name = "Payroll Rep", actingForScin = "700000002", employerErn = ApiClient.DemoErn }))
            .Read<RepresentativeView>(HttpStatusCode.Created);
        var withSecurity = await (await http.Post("/api/representatives", new { name = "Payroll Rep", actingForScin = "700000002", employerErn = ApiClient.DemoErn, security = _security }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.False(employer.HasSecurity);
        Assert.Contains("P-05", withSecurity.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P05_an_individual_representative_without_security_is_refused_422()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.Post("/api/representatives", new { name = "No Security", actingForScin = "700000002" })).AssertProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task P05_change_then_remove_and_a_removed_representative_cannot_call_or_be_removed_again()
    {
        var http = await app.LoginAs("caseworker");
        var created = await (await http.Post("/api/representatives", new { name = "Alex Helper", actingForScin = "700000001", security = _security }))
            .Read<RepresentativeView>(HttpStatusCode.Created);

        var changed = await (await http.Post($"/api/representatives/{created.Trn}/change", new { name = "Alex Helper-Jones", powerOfAttorney = true }))
            .Read<RepresentativeView>(HttpStatusCode.OK);
        var removed = await (await http.Post($"/api/representatives/{created.Trn}/remove", new { reason = "Client withdrew consent" }))
            .Read<RepresentativeView>(HttpStatusCode.OK);

        Assert.Equal(("Alex Helper-Jones", true), (changed.Name, changed.PowerOfAttorney));
        Assert.Equal(("Removed", "Client withdrew consent"), (removed.Status, removed.RemovedBecause));
        await (await http.Post($"/api/representatives/{created.Trn}/remove", new { reason = "Again" })).AssertProblem(HttpStatusCode.Conflict);
        await (await http.TryStartCall(new { callerType = "Representative", reference = created.Trn })).AssertProblem(HttpStatusCode.Conflict);
        ApiClient.AssertSameJson(removed, await http.Get<RepresentativeView>($"/api/representatives/{created.Trn}"));
    }

    [Fact]
    public async Task P05_security_can_be_set_up_again_and_bad_security_is_400_without_change()
    {
        var http = await app.LoginAs("caseworker");
        var created = await (await http.Post("/api/representatives", new { name = "Sam Second", actingForScin = "700000001", security = _security }))
            .Read<RepresentativeView>(HttpStatusCode.Created);

        await (await http.Post($"/api/representatives/{created.Trn}/security", new { pin = "12", password = "", questions = Array.Empty<object>() }))
            .AssertProblem(HttpStatusCode.BadRequest, "pin", "password", "questions");
        ApiClient.AssertSameJson(created, await http.Get<RepresentativeView>($"/api/representatives/{created.Trn}"));

        var reset = await (await http.Post($"/api/representatives/{created.Trn}/security", _security)).Read<RepresentativeView>(HttpStatusCode.OK);
        Assert.Equal(created.Version + 1, reset.Version);
    }

    [Theory]
    [InlineData(null, "700000001", "name")]
    [InlineData("Someone", null, "actingForScin")]
    [InlineData("Someone", "799999999", "actingForScin")]
    public async Task P05_a_representative_needs_a_name_and_a_known_client_400(string? name, string? actingForScin, string field)
    {
        var http = await app.LoginAs("caseworker");
        await (await http.Post("/api/representatives", new { name, actingForScin, security = _security })).AssertProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task P05_an_unknown_employer_is_400_an_unknown_trn_404_and_only_caseworkers_manage_representatives()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.Post("/api/representatives", new { name = "Rep", actingForScin = "700000001", employerErn = "99999999" }))
            .AssertProblem(HttpStatusCode.BadRequest, "employerErn");
        await (await http.GetAsync("/api/representatives/55599999")).AssertProblem(HttpStatusCode.NotFound);
        await (await (await app.LoginAs("teamleader")).Post("/api/representatives", new { name = "Rep", actingForScin = "700000001", security = _security }))
            .AssertProblem(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync("/api/representatives/55500001")).AssertUnauthorized();
    }
}

public sealed class RepresentativeTests_Sqlite(SqliteFactory app) : RepresentativeTests(app), IClassFixture<SqliteFactory>;

public sealed class RepresentativeTests_Postgres(PostgresFactory app) : RepresentativeTests(app), IClassFixture<PostgresFactory>;
