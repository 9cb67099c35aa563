using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ServiceRequests;

/// <summary>POST /api/service-requests/{ref}/status: the status machine (SR-05) and closing (SR-04).</summary>
public abstract class StatusTests(CaseworkFactory app)
{
    [Fact]
    public async Task SR05_starting_work_moves_an_open_SR_to_in_progress_and_offers_the_next_moves()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var started = await http.ChangeStatus(sr.Reference, SrStatus.InProgress);

        Assert.Equal((SrStatus.InProgress, "InProgress"), (started.Status, started.SubStatus));
        Assert.Equal(sr.Version + 1, started.Version);
        Assert.Contains(started.AvailableTransitions, t => t.Status == SrStatus.Wait);
        Assert.Contains(started.AvailableTransitions, t => (t.Status, t.SubStatus) == (SrStatus.Closed, "Completed"));
        ApiClient.AssertSameJson(started, await http.GetSr(sr.Reference));
    }

    [Fact]
    public async Task SR05_waiting_and_resuming_work_round_trips()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        await http.ChangeStatus(sr.Reference, SrStatus.InProgress);

        var waiting = await http.ChangeStatus(sr.Reference, SrStatus.Wait);
        var resumed = await http.ChangeStatus(sr.Reference, SrStatus.InProgress);

        Assert.Equal((SrStatus.Wait, "Wait"), (waiting.Status, waiting.SubStatus));
        Assert.Equal((SrStatus.InProgress, "InProgress"), (resumed.Status, resumed.SubStatus));
    }

    [Theory]
    [InlineData("Wait", null)]
    [InlineData("PendingApproval", null)]
    [InlineData("Closed", "Completed")]
    [InlineData("InProgress", "Wait")]
    [InlineData("Open", null)]
    public async Task SR05_an_illegal_transition_is_409_with_the_reason_and_nothing_changes(string status, string? subStatus)
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await http.Snapshot(sr.Reference);

        var response = await http.Post(ApiClient.Sr(sr.Reference, "/status"), new { status, subStatus });

        var problem = await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Contains("Open", problem.Detail, StringComparison.Ordinal);
        await http.AssertUnchanged(before);
    }

    [Theory]
    [InlineData("Finished")]
    [InlineData("")]
    [InlineData(null)]
    public async Task SR05_an_unknown_or_missing_status_is_400_and_nothing_changes(string? status)
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await http.Snapshot(sr.Reference);

        await (await http.Post(ApiClient.Sr(sr.Reference, "/status"), new { status })).AssertProblem(HttpStatusCode.BadRequest, "status");

        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR04_closing_while_an_activity_is_open_is_409_and_nothing_changes()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        await http.ChangeStatus(sr.Reference, SrStatus.InProgress);
        await http.CompleteActivity(sr.Reference, 1);
        var before = await http.Snapshot(sr.Reference);

        var response = await http.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "Closed", subStatus = "Completed" });

        var problem = await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Contains("Send the literature", problem.Detail, StringComparison.Ordinal);
        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR04_closing_once_every_activity_is_done_completes_the_SR_and_it_can_move_no_further()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        await http.ChangeStatus(sr.Reference, SrStatus.InProgress);
        await http.CompleteAllActivities(sr);

        var closed = await http.ChangeStatus(sr.Reference, SrStatus.Closed, reason: "Literature sent");

        Assert.Equal((SrStatus.Closed, "Completed"), (closed.Status, closed.SubStatus));
        Assert.Empty(closed.AvailableTransitions);
        var before = await http.Snapshot(sr.Reference);
        await (await http.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "InProgress" })).AssertProblem(HttpStatusCode.Conflict);
        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR05_cancelling_an_SR_pending_assignment_is_for_a_team_leader_only()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        await caseworker.ChangeStatus(sr.Reference, SrStatus.PendingAssignment);
        var before = await caseworker.Snapshot(sr.Reference);

        var refused = await caseworker.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "Closed", subStatus = "Cancelled" });

        await refused.AssertProblem(HttpStatusCode.Forbidden);
        await caseworker.AssertUnchanged(before);
        var teamLeader = await app.LoginAs("teamleader");
        var cancelled = await teamLeader.ChangeStatus(sr.Reference, SrStatus.Closed, "Cancelled", "Duplicate request");
        Assert.Equal((SrStatus.Closed, "Cancelled"), (cancelled.Status, cancelled.SubStatus));
    }

    [Fact]
    public async Task SR05_returning_an_SR_pending_team_leader_approval_is_for_a_team_leader_only()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        await caseworker.ChangeStatus(sr.Reference, SrStatus.InProgress);
        var pending = await caseworker.ChangeStatus(sr.Reference, SrStatus.PendingApproval);
        Assert.Equal((SrStatus.PendingApproval, "PendingApprovalTL"), (pending.Status, pending.SubStatus));
        Assert.Empty(pending.AvailableTransitions);
        var before = await caseworker.Snapshot(sr.Reference);

        var refused = await caseworker.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "InProgress" });

        await refused.AssertProblem(HttpStatusCode.Forbidden);
        await caseworker.AssertUnchanged(before);
        var teamLeader = await app.LoginAs("teamleader");
        Assert.Equal(SrStatus.InProgress, (await teamLeader.ChangeStatus(sr.Reference, SrStatus.InProgress)).Status);
    }

    [Fact]
    public async Task SR05_cancelling_an_open_SR_takes_it_out_of_the_inbox()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        Assert.Contains(await http.Inbox(), i => i.Reference == sr.Reference);

        var cancelled = await http.ChangeStatus(sr.Reference, SrStatus.Closed, "Cancelled", "Duplicate request");

        Assert.Equal((SrStatus.Closed, "Cancelled"), (cancelled.Status, cancelled.SubStatus));
        Assert.DoesNotContain(await http.Inbox(), i => i.Reference == sr.Reference);
    }
}

public sealed class StatusTests_Sqlite(SqliteFactory app) : StatusTests(app), IClassFixture<SqliteFactory>;

public sealed class StatusTests_Postgres(PostgresFactory app) : StatusTests(app), IClassFixture<PostgresFactory>;
