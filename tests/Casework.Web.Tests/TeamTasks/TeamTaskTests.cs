using System.Net;
using Casework.Web.Tests.Clients;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.TeamTasks;

public sealed record TeamTaskActionView(string Action, string Label, string To);

public sealed record TeamTaskView(
    long Id, string Reference, string Kind, string What, string Status, string Rule, string TeamCode, bool ForTeamLeader,
    string PartyReference, string PartyName, string? Language, string Reason, string? TakenBy, string? DoneBy, string? Outcome, int Version,
    IReadOnlyList<TeamTaskActionView> Actions, IReadOnlyList<AuditView> History);

/// <summary>Issue 12: a team task is taken by a member of its team, done by them with an outcome, and audited at each step.</summary>
public abstract class TeamTaskTests(CaseworkFactory app)
{
    private static string Route(long id, string rest = "") => $"/api/team-tasks/{id}{rest}";

    [Fact]
    public async Task Issue12_a_caseworker_takes_a_team_task_and_marks_it_done_with_an_outcome()
    {
        var caseworker = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync(name: "Anka Nowak");
        var id = await InterpretationTask(caseworker, scin);

        var open = await caseworker.Get<TeamTaskView>(Route(id));
        var taken = await caseworker.Post(Route(id, "/take"), new { }).ReadOk<TeamTaskView>();
        var mine = Assert.Single(await caseworker.Inbox(), i => i.Reference == $"TASK-{id}");
        var done = await caseworker.Post(Route(id, "/done"), new { outcome = "Polish interpreter booked for calls from Monday" }).ReadOk<TeamTaskView>();

        Assert.Equal(("Open", "CON-07", "Polish"), (open.Status, open.Rule, open.Language));
        Assert.Equal(["Take"], open.Actions.Select(a => a.Action));
        Assert.Equal(("Taken", "Carys Evans (100001)"), (taken.Status, taken.TakenBy));
        Assert.Equal(["Done", "Release"], taken.Actions.Select(a => a.Action));
        Assert.Equal(($"/TeamTasks/{id}", "Interpreter requested — record the outcome"), (mine.Next, mine.WorkItem));
        Assert.Equal(("Done", "Polish interpreter booked for calls from Monday", "Carys Evans (100001)"), (done.Status, done.Outcome, done.DoneBy));
        Assert.Empty(done.Actions);
        Assert.Equal(["Team task created", "Team task taken", "Team task done"], done.History.Select(h => h.Action));
        Assert.Equal(3, await app.AuditCount($"TASK-{id}"));
        Assert.DoesNotContain(await caseworker.Inbox(team: true), i => i.Reference == $"TASK-{id}");
    }

    [Fact]
    public async Task CON07_once_a_request_is_done_the_client_may_ask_again_and_a_waiting_one_is_found_by_its_columns()
    {
        var caseworker = await app.LoginAs("caseworker");
        var scin = await app.AddClientAsync();
        var id = await InterpretationTask(caseworker, scin);

        await (await caseworker.Post(ClientApi.Client(scin, "/contact-arrangements"), new { kind = "Interpretation", language = " polish", note = "Again" }))
            .AssertProblem(HttpStatusCode.Conflict);
        await caseworker.Post(Route(id, "/take"), new { }).ReadOk<TeamTaskView>();
        await (await caseworker.Post(ClientApi.Client(scin, "/contact-arrangements"), new { kind = "Interpretation", language = "Polish", note = "Again" }))
            .AssertProblem(HttpStatusCode.Conflict);
        await caseworker.Post(Route(id, "/done"), new { outcome = "Booked" }).ReadOk<TeamTaskView>();

        await caseworker.Post(ClientApi.Client(scin, "/contact-arrangements"), new { kind = "Interpretation", language = "Polish", note = "Again" })
            .ReadOk<ArrangementView>(HttpStatusCode.Created);
        Assert.Equal(2, (await app.TasksFor(scin)).Count);
    }

    [Fact]
    public async Task Issue12_refusals_change_nothing()
    {
        var caseworker = await app.LoginAs("caseworker");
        var other = await app.LoginAs("caseworker2");
        var subjectAccess = await app.LoginAs("subjectaccess");
        var scin = await app.AddClientAsync();
        var id = await InterpretationTask(caseworker, scin);

        (await app.Anonymous().Post(Route(id, "/take"), new { })).AssertUnauthorized();
        (await app.Anonymous().GetAsync(new Uri(Route(id), UriKind.Relative))).AssertUnauthorized();
        await (await subjectAccess.Post(Route(id, "/take"), new { })).AssertProblem(HttpStatusCode.Forbidden);
        await (await subjectAccess.GetAsync(new Uri(Route(id), UriKind.Relative))).AssertProblem(HttpStatusCode.Forbidden);
        await (await caseworker.Post(Route(999_999_999, "/take"), new { })).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.GetAsync(new Uri(Route(999_999_999), UriKind.Relative))).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.Post(Route(id, "/done"), new { outcome = "Never taken" })).AssertProblem(HttpStatusCode.Conflict);
        await (await caseworker.Post(Route(id, "/release"), new { })).AssertProblem(HttpStatusCode.Conflict);
        await (await caseworker.Post(Route(id, "/take"), new { version = 7 })).AssertProblem(HttpStatusCode.Conflict);
        var before = await caseworker.Get<TeamTaskView>(Route(id));
        Assert.Equal(("Open", 1, 1), (before.Status, before.Version, await app.AuditCount($"TASK-{id}")));

        var taken = await caseworker.Post(Route(id, "/take"), new { }, ifMatch: "\"1\"").ReadOk<TeamTaskView>();
        await (await caseworker.Post(Route(id, "/done"), new { outcome = "  " })).AssertProblem(HttpStatusCode.BadRequest, "outcome");
        await (await caseworker.Post(Route(id, "/done"), new { })).AssertProblem(HttpStatusCode.BadRequest, "outcome");
        await (await other.Post(Route(id, "/done"), new { outcome = "Not mine to do" })).AssertProblem(HttpStatusCode.Forbidden);
        await (await other.Post(Route(id, "/release"), new { })).AssertProblem(HttpStatusCode.Forbidden);
        await (await other.Post(Route(id, "/take"), new { })).AssertProblem(HttpStatusCode.Conflict);
        var still = await caseworker.Get<TeamTaskView>(Route(id));
        Assert.Equal(("Taken", taken.Version, "Carys Evans (100001)", 2), (still.Status, still.Version, still.TakenBy, await app.AuditCount($"TASK-{id}")));

        await caseworker.Post(Route(id, "/done"), new { outcome = "Booked" }).ReadOk<TeamTaskView>();
        await (await caseworker.Post(Route(id, "/done"), new { outcome = "Booked twice" })).AssertProblem(HttpStatusCode.Conflict);
        var done = await caseworker.Get<TeamTaskView>(Route(id));
        Assert.Equal(("Booked", 3, 3), (done.Outcome, done.Version, await app.AuditCount($"TASK-{id}")));
    }

    [Fact]
    public async Task CON06_a_risk_referral_is_taken_by_the_team_leader_not_the_caseworker_who_raised_it()
    {
        var caseworker = await app.LoginAs("caseworker");
        var leader = await app.LoginAs("teamleader");
        var scin = await app.AddClientAsync(name: "Rowan Risk");
        await caseworker.TryRecordRisk(scin, "ThreatOfSuicide", "Said they could not go on").ReadOk<RiskRecordedView>(HttpStatusCode.Created);
        var id = Assert.Single(await app.TasksFor(scin)).Id;

        await (await caseworker.Post(Route(id, "/take"), new { })).AssertProblem(HttpStatusCode.Forbidden);
        var taken = await leader.Post(Route(id, "/take"), new { }).ReadOk<TeamTaskView>();
        var released = await leader.Post(Route(id, "/release"), new { }).ReadOk<TeamTaskView>();

        Assert.Equal(("RiskReferral", "CON-06", true, "Taken"), (taken.Kind, taken.Rule, taken.ForTeamLeader, taken.Status));
        Assert.Equal(("Open", null), (released.Status, released.TakenBy));
        Assert.Equal(["Team task created", "Team task taken", "Team task given back"], released.History.Select(h => h.Action));
    }

    internal static async Task<long> InterpretationTask(HttpClient caseworker, string scin) =>
        (await caseworker.Post(ClientApi.Client(scin, "/contact-arrangements"), new { kind = "Interpretation", language = "Polish", note = "More comfortable in Polish" })
            .ReadOk<ArrangementView>(HttpStatusCode.Created)).Id;
}

public sealed class TeamTaskTests_Sqlite(SqliteFactory app) : TeamTaskTests(app), IClassFixture<SqliteFactory>;

public sealed class TeamTaskTests_Postgres(PostgresFactory app) : TeamTaskTests(app), IClassFixture<PostgresFactory>;
