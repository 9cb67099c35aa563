using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>Each command in a state the README's table does not allow it is a 409 that changes nothing.</summary>
public abstract class ComplaintStateTests(CaseworkFactory app)
{
    private static readonly object _apology = new { resolutionType = "Apology", description = "Say sorry", financial = (object?)null };

    [Fact]
    public async Task EC06_an_open_complaint_has_no_plan_to_work_yet()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var logged = await caseworker.Opened();
        var reference = logged.Reference;

        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, _apology), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryIssue(reference, reachedByPhone: true), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryRespond(reference, agrees: true), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TrySubmit(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Fine"), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EC06_a_complaint_is_accepted_as_valid_once_and_then_cannot_be_closed_as_invalid()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();

        await caseworker.AssertRefused(accepted.Reference, () => caseworker.TryValid(accepted.Reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(accepted.Reference, () => caseworker.TryInvalid(accepted.Reference, "Apologised"), HttpStatusCode.Conflict);
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(accepted.Reference));
    }

    [Fact]
    public async Task EC05_a_complaint_closed_as_invalid_accepts_no_further_command()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var logged = await caseworker.Opened();
        var reference = logged.Reference;
        await caseworker.TryInvalid(reference, "Apologised; the employer is content").Ok();

        await caseworker.AssertRefused(reference, () => caseworker.TryInvalid(reference, "Again"), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryValid(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, _apology), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryIssue(reference, reachedByPhone: false), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryRespond(reference, agrees: false, "No"), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Fine"), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EC14_a_closed_complaint_accepts_no_further_command()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var closed = await caseworker.Closed();
        var reference = closed.Reference;
        var line = Assert.Single(closed.Plan.Lines);

        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, _apology), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{line.Id}/withdraw")), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, line.Id), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryIssue(reference, reachedByPhone: true), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryRespond(reference, agrees: true), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TrySubmit(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Fine"), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryValid(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryInvalid(reference, "Too late"), HttpStatusCode.Conflict);
        Assert.Equal(["CMSL8500", "CMSL8502"], await caseworker.LetterCodes(reference));
    }

    [Fact]
    public async Task EC10_while_the_team_leader_decides_the_caseworker_cannot_touch_the_plan()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (pending, line) = await caseworker.PendingApproval();
        var reference = pending.Reference;

        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, _apology), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{line.Id}/withdraw")), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, line.Id), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryIssue(reference, reachedByPhone: true), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryRespond(reference, agrees: true), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TrySubmit(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EC11_a_decision_is_refused_unless_the_plan_is_pending_approval()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, line) = await caseworker.WithLine();
        var reference = complaint.Reference;

        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Fine"), HttpStatusCode.Conflict);

        await caseworker.TryRespond(reference, agrees: false, "Not enough").Ok();
        await teamLeader.TryDecide(reference, approve: true, "Fine").Ok();

        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Again"), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: false, "Changed my mind", [line.Id]), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EC07_a_plan_issued_by_letter_is_waiting_and_cannot_be_issued_again_or_worked()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, line) = await caseworker.WithLine();
        var reference = complaint.Reference;
        var waiting = await caseworker.TryIssue(reference, reachedByPhone: false).Ok();
        Assert.Equal((SrStatus.Wait, "Wait"), (waiting.Status, waiting.SubStatus));

        await caseworker.AssertRefused(reference, () => caseworker.TryIssue(reference, reachedByPhone: false), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, _apology), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, line.Id), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TrySubmit(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);

        // EC-09: the employer's answer is what the wait is for.
        var agreed = await caseworker.TryRespond(reference, agrees: true, "Replied by letter").Ok();
        Assert.Equal((SrStatus.InProgress, (DateOnly?)null, true), (agreed.Status, agreed.Deadlines.WaitUntil, agreed.Flags.PlanAgreed));
    }

    [Fact]
    public async Task EC10_an_employer_who_rejects_the_plan_letter_ends_the_wait_and_sends_it_to_the_team_leader()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, line) = await caseworker.WithLine();
        var reference = complaint.Reference;
        await caseworker.TryIssue(reference, reachedByPhone: false).Ok();

        var pending = await caseworker.TryRespond(reference, agrees: false, "Replied by e-mail: not enough").Ok();

        Assert.Equal((SrStatus.PendingApproval, "PendingApprovalTL", true), (pending.Status, pending.SubStatus, pending.AssignmentLocked));
        Assert.Equal(((DateOnly?)null, false, "Pending"), (pending.Deadlines.WaitUntil, (bool)pending.Plan.EmployerAgrees!, pending.Plan.TlApproval));
        await caseworker.AssertRefused(reference, () => caseworker.TryRespond(reference, agrees: true), HttpStatusCode.Conflict);
        Assert.Equal(0, (await teamLeader.RunDeadlines()).WaitsEnded);
        Assert.Equal(SrStatus.PendingApproval, (await caseworker.GetEc(reference)).Status);
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Fine", [line.Id + 1]), HttpStatusCode.BadRequest, "lineIds");
    }

    [Fact]
    public async Task EC14_close_is_refused_while_a_line_or_an_activity_is_open()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, first) = await caseworker.WithLine();
        var reference = complaint.Reference;
        var second = await caseworker.AddLine(reference, "Apology", "Apologise in writing");
        await caseworker.TryIssue(reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(reference, agrees: true).Ok();
        await caseworker.TryLineDone(reference, first.Id).Ok();

        var problem = await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);
        Assert.Contains(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Detail, StringComparison.Ordinal);

        await caseworker.TryLineDone(reference, second.Id).Ok();
        Assert.Equal(SrStatus.Closed, (await caseworker.TryClose(reference).Ok()).Status);
    }

    [Fact]
    public async Task EC14_a_plan_never_agreed_keeps_its_agree_activity_open_and_cannot_close()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, line) = await caseworker.WithLine();
        var reference = complaint.Reference;
        await caseworker.TryLineDone(reference, line.Id).Ok();

        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EC07_only_an_open_line_can_be_withdrawn_or_done()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, line) = await caseworker.WithLine();
        var reference = complaint.Reference;
        var withdrawn = await caseworker.AddLine(reference, "Apology", "Apologise");
        await caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{withdrawn.Id}/withdraw")).Ok();
        await caseworker.TryLineDone(reference, line.Id).Ok();

        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, line.Id), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{line.Id}/withdraw")), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, withdrawn.Id), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{withdrawn.Id}/withdraw")), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EC05_EC14_the_generic_status_action_is_refused_for_a_complaint_in_every_state()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var open = await caseworker.Opened();
        var inProgress = await caseworker.Accepted();
        var (pending, _) = await caseworker.PendingApproval();

        foreach (var (reference, to) in new[]
        {
            (open.Reference, SrStatus.Closed), (open.Reference, SrStatus.InProgress),
            (inProgress.Reference, SrStatus.Closed), (inProgress.Reference, SrStatus.Wait),
            (pending.Reference, SrStatus.InProgress),
        })
        {
            await caseworker.AssertRefused(reference, () => caseworker.Post(ApiClient.Sr(reference, "/status"), new { status = to, subStatus = (string?)null }), HttpStatusCode.Conflict);
            await caseworker.AssertRefused(reference, () => teamLeader.Post(ApiClient.Sr(reference, "/status"), new { status = to, subStatus = (string?)null }), HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task EC10_the_lock_cannot_be_cleared_while_approval_is_pending_and_clears_on_the_decision()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (pending, _) = await caseworker.PendingApproval();
        Assert.True(pending.AssignmentLocked);

        await caseworker.AssertRefused(pending.Reference, () => teamLeader.Post(ApiClient.Sr(pending.Reference, "/assignment-lock"), new { locked = false }), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(pending.Reference, () => teamLeader.Post(ApiClient.Sr(pending.Reference, "/assign"), new { staffNumber = "100002", teamCode = (string?)null }), HttpStatusCode.Conflict);

        var decided = await teamLeader.TryDecide(pending.Reference, approve: false, "Offer a refund").Ok();
        Assert.Equal((false, "100001"), (decided.AssignmentLocked, decided.Owner.StaffNumber));
    }

    [Fact]
    public async Task EC03_a_review_complaint_is_not_worked_through_the_resolution_commands()
    {
        var caseworker = await app.LoginAs("caseworker");
        var first = await caseworker.Opened(issue: "Missing payment letter");
        var review = await caseworker.LogComplaint(first.EmployerErn, "Missing payment letter");
        Assert.Equal("Review", review.Stage);
        var reference = review.Reference;

        await caseworker.AssertRefused(reference, () => caseworker.TryValid(reference), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryInvalid(reference, "Apologised"), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, _apology), HttpStatusCode.Conflict);
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EC03_a_review_complaint_is_worked_by_the_escalated_complaints_team_on_the_service_request_routes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reviewer = await app.LoginAs("complaintsreview");
        var first = await caseworker.Opened(issue: "Letters to the wrong address");
        var review = await caseworker.LogComplaint(first.EmployerErn, "Letters to the wrong address");

        await reviewer.TakeOwnership(review.Reference);
        var working = await reviewer.ChangeStatus(review.Reference, SrStatus.InProgress);

        Assert.Equal((SrStatus.InProgress, "100020"), (working.Status, working.Owner.StaffNumber));
        var read = await caseworker.GetEc(review.Reference);
        Assert.Equal(("Review", SrStatus.InProgress), (read.Stage, read.Status));
    }
}

public sealed class ComplaintStateTests_Sqlite(SqliteFactory app) : ComplaintStateTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintStateTests_Postgres(PostgresFactory app) : ComplaintStateTests(app), IClassFixture<PostgresFactory>;
