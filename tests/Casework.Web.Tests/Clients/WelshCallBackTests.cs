using System.Net;
using Casework.Domain.Parties;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Clients;

/// <summary>COR-05: a Welsh-speaking client or employer gets a call-back task for the Welsh language unit.</summary>
public abstract class WelshCallBackTests(CaseworkFactory app)
{
    [Fact]
    public async Task COR05_welsh_speaking_client_gets_a_call_back_from_the_welsh_language_unit_once()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync(language: PreferredLanguage.Welsh, name: "Gwenllian Jones");

        var task = await http.Post("/api/welsh-call-backs", new { partyReference = scin }).ReadOk<CallBackView>(HttpStatusCode.Created);
        await (await http.Post("/api/welsh-call-backs", new { partyReference = scin })).AssertProblem(HttpStatusCode.Conflict);

        Assert.Equal(("WELSH-LANGUAGE-UNIT", scin), (task.Team, task.PartyReference));
        Assert.Contains("COR-05", task.Reason, StringComparison.Ordinal);
        Assert.Equal("WELSH-LANGUAGE-UNIT", Assert.Single(await app.TasksFor(scin)).TeamCode);
    }

    [Fact]
    public async Task COR05_a_welsh_caller_who_passes_security_gets_a_call_back_task_and_one_who_fails_does_not()
    {
        var http = await app.LoginAs("caseworker");
        const string welsh = "700000003";

        var failed = await http.StartCall("PayingParent", welsh);
        await http.Answer(failed, _ => "wrong");
        var tasksAfterFailure = await app.TasksFor(welsh);
        var passed = await http.StartCall("PayingParent", welsh);
        await http.Answer(passed, DemoSecrets.RightAnswer);
        var again = await http.StartCall("PayingParent", welsh);
        await http.Answer(again, DemoSecrets.RightAnswer);

        Assert.Empty(tasksAfterFailure);
        var task = Assert.Single(await app.TasksFor(welsh));
        Assert.Equal(("WELSH-LANGUAGE-UNIT", "WelshCallBack"), (task.TeamCode, task.Kind.ToString()));
    }

    [Fact]
    public async Task COR05_english_speaker_gets_no_welsh_call_back_and_bad_requests_add_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var scin = await app.AddClientAsync(language: PreferredLanguage.English);
        var employer = await http.CreateEmployer("English Only Ltd");

        await (await http.Post("/api/welsh-call-backs", new { partyReference = scin })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await http.Post("/api/welsh-call-backs", new { partyReference = employer.Ern })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await http.Post("/api/welsh-call-backs", new { partyReference = "" })).AssertProblem(HttpStatusCode.BadRequest, "partyReference");
        await (await http.Post("/api/welsh-call-backs", new { partyReference = "799999996" })).AssertProblem(HttpStatusCode.BadRequest, "partyReference");
        await (await team.Post("/api/welsh-call-backs", new { partyReference = scin })).AssertProblem(HttpStatusCode.Forbidden);
        (await app.Anonymous().Post("/api/welsh-call-backs", new { partyReference = scin })).AssertUnauthorized();

        Assert.Empty(await app.TasksFor(scin));
        Assert.Empty(await app.TasksFor(employer.Ern));
    }
}

public sealed record CallBackView(long Id, string Team, string PartyReference, string PartyName, string Reason, DateOnly DueOn);

public sealed class WelshCallBackTests_Sqlite(SqliteFactory app) : WelshCallBackTests(app), IClassFixture<SqliteFactory>;

public sealed class WelshCallBackTests_Postgres(PostgresFactory app) : WelshCallBackTests(app), IClassFixture<PostgresFactory>;
