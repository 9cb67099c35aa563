using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Clients;

/// <summary>CON-07: face-to-face meetings, interpreters and translation become tasks in the recording team's inbox.</summary>
public abstract class ContactArrangementTests(CaseworkFactory app)
{
    private static string Route(string scin) => ClientApi.Client(scin, "/contact-arrangements");

    [Fact]
    public async Task CON07_a_face_to_face_request_goes_to_the_team_leader_to_consider()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var scin = await app.AddClientAsync(name: "Morwenna Tate");

        var task = await caseworker.Post(Route(scin), new { kind = "FaceToFace", note = "Wants to go through the calculation in person" })
            .ReadOk<ArrangementView>(HttpStatusCode.Created);

        Assert.True(task.ForTeamLeader);
        Assert.Equal("FaceToFace", task.Kind);
        Assert.Contains("consider whether it is appropriate", task.Reason, StringComparison.Ordinal);
        Assert.Contains(await teamLeader.Inbox(team: true), i => i.Reference == $"TASK-{task.Id}");
        Assert.DoesNotContain(await caseworker.Inbox(team: true), i => i.Reference == $"TASK-{task.Id}");
    }

    [Fact]
    public async Task CON07_interpretation_and_translation_name_the_language_and_wait_in_the_team_inbox_once()
    {
        var caseworker = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync();

        var interpreter = await caseworker.Post(Route(scin), new { kind = "Interpretation", language = "Polish", note = "More comfortable in Polish" })
            .ReadOk<ArrangementView>(HttpStatusCode.Created);
        var translation = await caseworker.Post(Route(scin), new { kind = "Translation", language = "Polish", note = "Letters in Polish please" })
            .ReadOk<ArrangementView>(HttpStatusCode.Created);
        await (await caseworker.Post(Route(scin), new { kind = "interpretation", language = "Polish", note = "Asked again" })).AssertProblem(HttpStatusCode.Conflict);
        var other = await caseworker.Post(Route(scin), new { kind = "Interpretation", language = "Urdu", note = "Partner joins the calls" })
            .ReadOk<ArrangementView>(HttpStatusCode.Created);

        Assert.All([interpreter, translation, other], t => Assert.False(t.ForTeamLeader));
        Assert.Contains("interpreter in Polish", interpreter.Reason, StringComparison.Ordinal);
        Assert.Contains("translation service into Polish", translation.Reason, StringComparison.Ordinal);
        var inbox = await caseworker.Inbox(team: true);
        Assert.All([interpreter, translation, other], t => Assert.Contains(inbox, i => i.Reference == $"TASK-{t.Id}"));
        Assert.Equal(3, (await app.TasksFor(scin)).Count);
    }

    [Fact]
    public async Task CON07_refusals_add_no_task()
    {
        var caseworker = await app.LoginAs("caseworker");
        var subjectAccess = await app.LoginAs("subjectaccess");
        var scin = await app.AddClientAsync();

        await (await caseworker.Post(Route(scin), new { kind = "Telepathy", note = "x" })).AssertProblem(HttpStatusCode.BadRequest, "kind");
        await (await caseworker.Post(Route(scin), new { kind = "Translation", note = "" })).AssertProblem(HttpStatusCode.BadRequest, "language", "note");
        await (await caseworker.Post(Route(scin), new { kind = "Interpretation", language = "English", note = "x" })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await caseworker.Post(Route("799999993"), new { kind = "FaceToFace", note = "x" })).AssertProblem(HttpStatusCode.NotFound);
        await (await subjectAccess.Post(Route(scin), new { kind = "FaceToFace", note = "x" })).AssertProblem(HttpStatusCode.Forbidden);
        (await app.Anonymous().Post(Route(scin), new { kind = "FaceToFace", note = "x" })).AssertUnauthorized();

        Assert.Empty(await app.TasksFor(scin));
    }
}

public sealed record ArrangementView(long Id, string Kind, string? Language, string TeamCode, bool ForTeamLeader, string Reason, DateOnly DueOn);

public sealed class ContactArrangementTests_Sqlite(SqliteFactory app) : ContactArrangementTests(app), IClassFixture<SqliteFactory>;

public sealed class ContactArrangementTests_Postgres(PostgresFactory app) : ContactArrangementTests(app), IClassFixture<PostgresFactory>;
