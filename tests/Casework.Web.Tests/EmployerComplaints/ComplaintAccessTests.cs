using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>Every employer-complaint route refuses a caller with no login (401) and one without the route's role (403).</summary>
public abstract class ComplaintAccessTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("POST", "/api/employer-complaints")]
    [InlineData("GET", "/api/employer-complaints/{ref}")]
    [InlineData("GET", "/api/employer-complaints/stage-proposal?employerErn=10000001&issue=x")]
    [InlineData("GET", "/api/employer-complaints/at-risk?withinDays=3")]
    [InlineData("POST", "/api/employer-complaints/deadline-run")]
    [InlineData("POST", "/api/employer-complaints/{ref}/invalid")]
    [InlineData("POST", "/api/employer-complaints/{ref}/valid")]
    [InlineData("POST", "/api/employer-complaints/{ref}/plan/lines")]
    [InlineData("POST", "/api/employer-complaints/{ref}/plan/lines/1/withdraw")]
    [InlineData("POST", "/api/employer-complaints/{ref}/plan/lines/1/done")]
    [InlineData("POST", "/api/employer-complaints/{ref}/plan/issue")]
    [InlineData("POST", "/api/employer-complaints/{ref}/plan/response")]
    [InlineData("POST", "/api/employer-complaints/{ref}/plan/submit")]
    [InlineData("POST", "/api/employer-complaints/{ref}/plan/decision")]
    [InlineData("POST", "/api/employer-complaints/{ref}/close")]
    [InlineData("GET", "/api/resolution-types")]
    public async Task API_every_complaint_route_needs_a_login(string method, string template)
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine();
        var url = template.Replace("{ref}", complaint.Reference, StringComparison.Ordinal);
        var before = await caseworker.SnapshotComplaint(complaint.Reference);

        using var anonymous = app.Anonymous();
        (await anonymous.Send(new HttpMethod(method), url, method == "POST" ? new { } : null)).AssertUnauthorized();
        using var forged = app.WithToken("not-a-token-this-app-issued");
        (await forged.Send(new HttpMethod(method), url, method == "POST" ? new { } : null)).AssertUnauthorized();

        await caseworker.AssertComplaintUnchanged(before);
    }

    [Theory]
    [InlineData("teamleader")]
    [InlineData("complaintsreview")]
    [InlineData("subjectaccess")]
    public async Task EC01_only_a_caseworker_logs_an_employer_complaint(string userName)
    {
        var caseworker = await app.LoginAs("caseworker");
        var other = await app.LoginAs(userName);
        var ern = await caseworker.NewEmployer();

        await (await other.TryLog(new
        {
            employerErn = ern, raisedBy = "Employer", channel = "Phone", issue = "Deductions taken twice",
            description = "Two deductions in March", receivedOn = new DateOnly(2026, 3, 2),
        })).AssertProblem(HttpStatusCode.Forbidden);

        var proposal = await caseworker.Get<StageProposalView>($"/api/employer-complaints/stage-proposal?employerErn={ern}&issue=Deductions%20taken%20twice");
        Assert.Empty(proposal.RelatedComplaints);
        Assert.Equal("Resolution", proposal.Stage);
    }

    [Theory]
    [InlineData("teamleader")]
    [InlineData("complaintsreview")]
    public async Task EC05_EC06_only_a_caseworker_accepts_or_closes_as_invalid(string userName)
    {
        var caseworker = await app.LoginAs("caseworker");
        var other = await app.LoginAs(userName);
        var logged = await caseworker.Opened();

        await caseworker.AssertRefused(logged.Reference, () => other.TryValid(logged.Reference), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(logged.Reference, () => other.TryInvalid(logged.Reference, "Apologised"), HttpStatusCode.Forbidden);
        Assert.Empty(await caseworker.LetterCodes(logged.Reference));
    }

    [Theory]
    [InlineData("teamleader")]
    [InlineData("subjectaccess")]
    public async Task EC07_only_a_caseworker_builds_issues_and_works_the_plan(string userName)
    {
        var caseworker = await app.LoginAs("caseworker");
        var other = await app.LoginAs(userName);
        var (complaint, line) = await caseworker.WithLine();
        var reference = complaint.Reference;

        await caseworker.AssertRefused(reference, () => other.TryAddLine(reference, new { resolutionType = "Apology", description = "Say sorry", financial = (object?)null }), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(reference, () => other.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{line.Id}/withdraw")), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(reference, () => other.TryIssue(reference, reachedByPhone: false), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(reference, () => other.TryRespond(reference, agrees: true), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(reference, () => other.TrySubmit(reference), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(reference, () => other.TryLineDone(reference, line.Id), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(reference, () => other.TryClose(reference), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("complaintsreview")]
    [InlineData("accountmanager")]
    public async Task EC11_only_a_team_leader_decides_on_a_plan(string userName)
    {
        var caseworker = await app.LoginAs("caseworker");
        var other = await app.LoginAs(userName);
        var (pending, line) = await caseworker.PendingApproval();

        await caseworker.AssertRefused(pending.Reference, () => other.TryDecide(pending.Reference, approve: true, "Fine"), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(pending.Reference, () => other.TryDecide(pending.Reference, approve: false, "No", [line.Id]), HttpStatusCode.Forbidden);
        var after = await caseworker.GetEc(pending.Reference);
        Assert.Equal((SrStatus.PendingApproval, "Pending"), (after.Status, after.Plan.TlApproval));
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("complaintsreview")]
    public async Task EC08_only_a_team_leader_sees_the_complaints_at_risk(string userName)
    {
        var other = await app.LoginAs(userName);
        var teamLeader = await app.LoginAs("teamleader");

        await (await other.GetAsync("/api/employer-complaints/at-risk?withinDays=3")).AssertProblem(HttpStatusCode.Forbidden);
        await (await teamLeader.GetAsync("/api/employer-complaints/at-risk?withinDays=-1")).AssertProblem(HttpStatusCode.BadRequest);
        Assert.NotNull(await teamLeader.Get<List<AtRiskView>>("/api/employer-complaints/at-risk?withinDays=3"));
    }

    [Fact]
    public async Task EC08_only_a_team_leader_runs_the_deadline_job_now()
    {
        var caseworker = await app.LoginAs("caseworker");

        await (await caseworker.Post("/api/employer-complaints/deadline-run")).AssertProblem(HttpStatusCode.Forbidden);

        Assert.True((await (await app.LoginAs("teamleader")).RunDeadlines()).Ran);
    }

    [Fact]
    public async Task EC10_only_a_team_leader_touches_the_assignment_lock_and_not_while_approval_is_pending()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (pending, _) = await caseworker.PendingApproval();

        await caseworker.AssertRefused(pending.Reference, () => caseworker.Post(ApiClient.Sr(pending.Reference, "/assignment-lock"), new { locked = false }), HttpStatusCode.Forbidden);
        await caseworker.AssertRefused(pending.Reference, () => teamLeader.Post(ApiClient.Sr(pending.Reference, "/assignment-lock"), new { locked = false }), HttpStatusCode.Conflict);
        Assert.True((await caseworker.GetEc(pending.Reference)).AssignmentLocked);
    }
}

public sealed record StageProposalView(string? Stage, string? Refused, IReadOnlyList<RelatedComplaintView> RelatedComplaints);

public sealed class ComplaintAccessTests_Sqlite(SqliteFactory app) : ComplaintAccessTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintAccessTests_Postgres(PostgresFactory app) : ComplaintAccessTests(app), IClassFixture<PostgresFactory>;
