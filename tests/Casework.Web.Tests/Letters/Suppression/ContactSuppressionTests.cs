using System.Net;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;

namespace Casework.Web.Tests.Letters.Suppression;

public sealed record ContactPreferencesView(string Ern, string LetterFormat, string? ContactSuppressedBecause, int Version);

/// <summary>CON-04 contact suppression and COR-04 letter format preferences on an employer record.</summary>
public abstract class ContactSuppressionTests(CaseworkFactory app)
{
    [Fact]
    public async Task CON04_a_suppressed_record_gets_no_letter_and_the_caseworker_is_told_why()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateEmployer("Suppressed Letters Ltd");
        var sr = await http.RaiseSr(employerErn: employer.Ern);
        await (await http.Post($"/api/employers/{employer.Ern}/contact-suppression", new { reason = "Business owner has died" }))
            .Read<ContactPreferencesView>(HttpStatusCode.OK);

        var problem = await (await http.TryQueueLetter(new { serviceRequest = sr.Reference, code = LetterApi.Standard }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Business owner has died", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(await http.LettersFor(sr.Reference));
    }

    [Fact]
    public async Task CON04_suppression_set_after_queueing_stops_the_letter_at_the_batch()
    {
        var http = await app.LoginAs("caseworker");
        var leader = await app.LoginAs("teamleader");
        var employer = await http.CreateEmployer("Later Suppressed Ltd");
        var sr = await http.RaiseSr(employerErn: employer.Ern);
        var letter = await http.QueueLetter(sr.Reference);
        await (await http.Post($"/api/employers/{employer.Ern}/contact-suppression", new { reason = "Deceased" }))
            .Read<ContactPreferencesView>(HttpStatusCode.OK);

        await leader.RunBatch();

        var after = Assert.Single(await http.LettersFor(sr.Reference));
        Assert.Equal((letter.Id, "Cancelled"), (after.Id, after.Status));
    }

    [Fact]
    public async Task CON04_clearing_suppression_allows_letters_again()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateEmployer("Cleared Suppression Ltd");
        var sr = await http.RaiseSr(employerErn: employer.Ern);
        await (await http.Post($"/api/employers/{employer.Ern}/contact-suppression", new { reason = "Deceased" })).Read<ContactPreferencesView>(HttpStatusCode.OK);
        var cleared = await (await http.Post($"/api/employers/{employer.Ern}/contact-suppression", new { reason = (string?)null }))
            .Read<ContactPreferencesView>(HttpStatusCode.OK);

        var letter = await http.QueueLetter(sr.Reference);

        Assert.Null(cleared.ContactSuppressedBecause);
        Assert.Equal("Queued", letter.Status);
    }

    [Fact]
    public async Task COR04_letter_format_preference_sets_the_format_of_new_letters_and_bad_input_changes_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateEmployer("Large Print Ltd");
        var sr = await http.RaiseSr(employerErn: employer.Ern);

        await (await http.Post($"/api/employers/{employer.Ern}/letter-format", new { format = "Sideways" })).AssertProblem(HttpStatusCode.BadRequest, "format");
        await (await http.Post($"/api/employers/{employer.Ern}/letter-format", new { format = "2" })).AssertProblem(HttpStatusCode.BadRequest, "format");
        var standard = await http.QueueLetter(sr.Reference);
        var set = await (await http.Post($"/api/employers/{employer.Ern}/letter-format", new { format = "LargePrint" }))
            .Read<ContactPreferencesView>(HttpStatusCode.OK);
        var large = await http.QueueLetter(sr.Reference);

        Assert.Equal(("Standard", "LargePrint", "LargePrint"), (standard.Format, set.LetterFormat, large.Format));
    }

    [Fact]
    public async Task CON04_suppression_routes_refuse_unknown_employers_and_anonymous_callers()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.Post("/api/employers/99999999/contact-suppression", new { reason = "x" })).AssertProblem(HttpStatusCode.NotFound);
        await (await http.Post("/api/employers/99999999/letter-format", new { format = "Braille" })).AssertProblem(HttpStatusCode.NotFound);
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Post($"/api/employers/{ApiClient.DemoErn}/contact-suppression", new { reason = "x" })).StatusCode);
    }
}

public sealed class ContactSuppressionTests_Sqlite(SqliteFactory app) : ContactSuppressionTests(app), IClassFixture<SqliteFactory>;

public sealed class ContactSuppressionTests_Postgres(PostgresFactory app) : ContactSuppressionTests(app), IClassFixture<PostgresFactory>;
