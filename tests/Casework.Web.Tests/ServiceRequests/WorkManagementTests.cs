using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ServiceRequests;

/// <summary>Assign, take ownership and the assignment lock (SR-06).</summary>
public abstract class WorkManagementTests(CaseworkFactory app)
{
    private static readonly OwnerView _carys = new(OwnerKind.Staff, "100001", "Carys Evans", "EMPLOYER-PAYMENTS");
    private static readonly OwnerView _dev = new(OwnerKind.Staff, "100002", "Dev Patel", "EMPLOYER-PAYMENTS");

    [Fact]
    public async Task SR06_a_team_leader_reassigns_an_SR_to_another_caseworker_and_it_moves_inbox()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await caseworker.RaiseSr();

        var assigned = await teamLeader.Assign(sr.Reference, staffNumber: "100002");

        Assert.Equal(_dev, assigned.Owner);
        Assert.Contains(await (await app.LoginAs("caseworker2")).Inbox(), i => i.Reference == sr.Reference);
        Assert.DoesNotContain(await caseworker.Inbox(), i => i.Reference == sr.Reference);
        var last = (await caseworker.Audit(sr.Reference))[^1];
        Assert.Equal(("Assigned", "Tom Leadbetter (100010)", "Carys Evans (100001)", "Dev Patel (100002)"),
            (last.Action, last.By, last.Before, last.After));
    }

    [Fact]
    public async Task SR06_a_team_leader_assigns_an_SR_to_a_team_queue()
    {
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();

        var assigned = await teamLeader.Assign(sr.Reference, teamCode: "ESCALATED-COMPLAINTS");

        Assert.Equal(new OwnerView(OwnerKind.Team, null, null, "ESCALATED-COMPLAINTS"), assigned.Owner);
    }

    [Fact]
    public async Task SR06_a_caseworker_cannot_assign_403_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var before = await caseworker.Snapshot(sr.Reference);

        var response = await caseworker.Post(ApiClient.Sr(sr.Reference, "/assign"), new { staffNumber = "100002" });

        await response.AssertProblem(HttpStatusCode.Forbidden);
        await caseworker.AssertUnchanged(before);
    }

    [Theory]
    [InlineData("999999", null, "staffNumber")]
    [InlineData(null, "NO-SUCH-TEAM", "teamCode")]
    [InlineData(null, null, "staffNumber")]
    public async Task SR06_assigning_to_staff_or_a_team_that_does_not_exist_is_400_and_nothing_changes(
        string? staffNumber, string? teamCode, string field)
    {
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();
        var before = await teamLeader.Snapshot(sr.Reference);

        var response = await teamLeader.Post(ApiClient.Sr(sr.Reference, "/assign"), new { staffNumber, teamCode });

        await response.AssertProblem(HttpStatusCode.BadRequest, field);
        await teamLeader.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR06_a_caseworker_takes_an_SR_from_their_own_teams_queue()
    {
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();
        await teamLeader.Assign(sr.Reference, teamCode: "EMPLOYER-PAYMENTS");

        var taken = await (await app.LoginAs("caseworker2")).TakeOwnership(sr.Reference);

        Assert.Equal(_dev, taken.Owner);
    }

    [Fact]
    public async Task SR06_a_caseworker_cannot_take_a_colleagues_SR_403_and_nothing_changes()
    {
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();
        var colleague = await app.LoginAs("caseworker2");
        var before = await colleague.Snapshot(sr.Reference);

        await (await colleague.Post(ApiClient.Sr(sr.Reference, "/take-ownership"))).AssertProblem(HttpStatusCode.Forbidden);

        await colleague.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR06_a_caseworker_cannot_take_another_teams_queued_SR_403_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr(area: "Complaints", subArea: "Review");
        var before = await caseworker.Snapshot(sr.Reference);

        await (await caseworker.Post(ApiClient.Sr(sr.Reference, "/take-ownership"))).AssertProblem(HttpStatusCode.Forbidden);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR06_taking_an_SR_you_already_own_is_409_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var before = await caseworker.Snapshot(sr.Reference);

        await (await caseworker.Post(ApiClient.Sr(sr.Reference, "/take-ownership"))).AssertProblem(HttpStatusCode.Conflict);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR06_a_team_leader_takes_ownership_of_a_caseworkers_SR()
    {
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();

        var taken = await (await app.LoginAs("teamleader")).TakeOwnership(sr.Reference);

        Assert.Equal(new OwnerView(OwnerKind.Staff, "100010", "Tom Leadbetter", "EMPLOYER-PAYMENTS"), taken.Owner);
    }

    [Fact]
    public async Task SR06_the_assignment_lock_keeps_the_SR_where_it_is_until_a_team_leader_clears_it()
    {
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();

        var locked = await teamLeader.LockAssignment(sr.Reference, true);
        Assert.True(locked.AssignmentLocked);
        var before = await teamLeader.Snapshot(sr.Reference);

        await (await teamLeader.Post(ApiClient.Sr(sr.Reference, "/assign"), new { staffNumber = "100002" })).AssertProblem(HttpStatusCode.Conflict);
        await (await teamLeader.Post(ApiClient.Sr(sr.Reference, "/take-ownership"))).AssertProblem(HttpStatusCode.Conflict);
        await (await teamLeader.Post(ApiClient.Sr(sr.Reference, "/assignment-lock"), new { locked = true })).AssertProblem(HttpStatusCode.Conflict);
        await teamLeader.AssertUnchanged(before);

        var unlocked = await teamLeader.LockAssignment(sr.Reference, false);
        Assert.False(unlocked.AssignmentLocked);
        Assert.Equal(_dev, (await teamLeader.Assign(sr.Reference, staffNumber: "100002")).Owner);
    }

    [Fact]
    public async Task SR06_only_a_team_leader_sets_the_assignment_lock_403_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var before = await caseworker.Snapshot(sr.Reference);

        await (await caseworker.Post(ApiClient.Sr(sr.Reference, "/assignment-lock"), new { locked = true })).AssertProblem(HttpStatusCode.Forbidden);

        await caseworker.AssertUnchanged(before);
        Assert.Equal(_carys, (await caseworker.GetSr(sr.Reference)).Owner);
    }

    [Fact]
    public async Task SR06_the_assignment_lock_without_a_locked_flag_is_400_and_nothing_changes()
    {
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();
        var before = await teamLeader.Snapshot(sr.Reference);

        await (await teamLeader.Post(ApiClient.Sr(sr.Reference, "/assignment-lock"), new { })).AssertProblem(HttpStatusCode.BadRequest, "locked");

        await teamLeader.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR06_a_closed_SR_cannot_be_assigned_or_taken_409_and_nothing_changes()
    {
        var teamLeader = await app.LoginAs("teamleader");
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        await caseworker.ChangeStatus(sr.Reference, SrStatus.Closed, "Cancelled", "Duplicate request");
        var before = await teamLeader.Snapshot(sr.Reference);

        await (await teamLeader.Post(ApiClient.Sr(sr.Reference, "/assign"), new { staffNumber = "100002" })).AssertProblem(HttpStatusCode.Conflict);
        await (await teamLeader.Post(ApiClient.Sr(sr.Reference, "/take-ownership"))).AssertProblem(HttpStatusCode.Conflict);
        await (await caseworker.Post(ApiClient.Sr(sr.Reference, "/activities/1/done"))).AssertProblem(HttpStatusCode.Conflict);

        await teamLeader.AssertUnchanged(before);
    }
}

public sealed class WorkManagementTests_Sqlite(SqliteFactory app) : WorkManagementTests(app), IClassFixture<SqliteFactory>;

public sealed class WorkManagementTests_Postgres(PostgresFactory app) : WorkManagementTests(app), IClassFixture<PostgresFactory>;
