using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>EC-11, EC-13: the redress limits and approval rules are 422s that change nothing.</summary>
public abstract class ComplaintRuleTests(CaseworkFactory app)
{
    private static object RedressOf(decimal amount) => new { kind = "Redress", amount, holdToOffset = false, evidence = "Receipts" };

    private static object RedressLine(decimal amount) =>
        new { resolutionType = "FinancialRedress", description = "Pay the employer's costs", financial = RedressOf(amount) };

    [Fact]
    public async Task EC13_redress_over_the_per_line_limit_is_refused()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();

        await caseworker.AssertRefused(accepted.Reference, () => caseworker.TryAddLine(accepted.Reference, RedressLine(500.01m)), HttpStatusCode.UnprocessableEntity);

        var line = await caseworker.AddLine(accepted.Reference, "FinancialRedress", "Costs", RedressOf(500m));
        Assert.Equal(new FinancialView("Redress", 500m, false, "Receipts"), line.Financial);
    }

    [Fact]
    public async Task EC13_redress_over_the_per_complaint_limit_is_refused_and_withdrawn_lines_do_not_count()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();
        var reference = accepted.Reference;
        await caseworker.AddLine(reference, "FinancialRedress", "Bank charges", RedressOf(500m));
        var second = await caseworker.AddLine(reference, "FinancialRedress", "Accountant's fees", RedressOf(450m));
        // A refund is not redress: it does not count towards the redress limit.
        await caseworker.AddLine(reference, "Refund", "Refund the surplus", new { kind = "Refund", amount = 900m, holdToOffset = false });

        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, RedressLine(50.01m)), HttpStatusCode.UnprocessableEntity);

        await caseworker.AddLine(reference, "FinancialRedress", "Postage", RedressOf(50m));
        await caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{second.Id}/withdraw")).Ok();
        await caseworker.AddLine(reference, "FinancialRedress", "Phone calls", RedressOf(450m));
        await caseworker.AssertRefused(reference, () => caseworker.TryAddLine(reference, RedressLine(0.01m)), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task EC13_a_redress_line_cannot_be_done_before_the_team_leader_approves_even_when_the_employer_agrees()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, line) = await caseworker.WithLine(ComplaintStates.Redress);
        var reference = complaint.Reference;
        Assert.True(complaint.Plan.AwaitsApproval);

        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, line.Id), HttpStatusCode.UnprocessableEntity);
        await caseworker.TryIssue(reference, reachedByPhone: true).Ok();
        var agreed = await caseworker.TryRespond(reference, agrees: true, "Happy with £150").Ok();
        Assert.Equal((SrStatus.InProgress, true), (agreed.Status, agreed.Plan.AwaitsApproval));
        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, line.Id), HttpStatusCode.UnprocessableEntity);

        var submitted = await caseworker.TrySubmit(reference).Ok();
        Assert.Equal((SrStatus.PendingApproval, "PendingApprovalTL", true), (submitted.Status, submitted.SubStatus, submitted.AssignmentLocked));
        await teamLeader.TryDecide(reference, approve: true, "Evidence seen").Ok();
        var paid = await caseworker.TryLineDone(reference, line.Id).Ok();

        Assert.True(paid.CompensationPaid);
        Assert.Equal(SrStatus.Closed, (await caseworker.TryClose(reference).Ok()).Status);
    }

    [Fact]
    public async Task EC11_a_plan_the_team_leader_rejected_cannot_be_worked_or_resubmitted_until_revised()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (pending, line) = await caseworker.PendingApproval();
        var reference = pending.Reference;
        await teamLeader.TryDecide(reference, approve: false, "Add an apology").Ok();

        await caseworker.AssertRefused(reference, () => caseworker.TryLineDone(reference, line.Id), HttpStatusCode.UnprocessableEntity);
        await caseworker.AssertRefused(reference, () => caseworker.TrySubmit(reference), HttpStatusCode.UnprocessableEntity);

        await caseworker.AddLine(reference, "Apology", "Apologise in writing");
        var resubmitted = await caseworker.TrySubmit(reference).Ok();
        Assert.Equal((SrStatus.PendingApproval, 2, 1), (resubmitted.Status, resubmitted.Plan.Revision, resubmitted.Plan.RevisionCount));
    }

    [Fact]
    public async Task EC11_EC13_a_plan_without_redress_that_was_never_rejected_does_not_go_for_approval()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine(ComplaintStates.Refund);

        await caseworker.AssertRefused(complaint.Reference, () => caseworker.TrySubmit(complaint.Reference), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task EC11_an_approved_plan_is_not_sent_for_approval_again()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, _) = await caseworker.WithLine(ComplaintStates.Redress);
        await caseworker.TrySubmit(complaint.Reference).Ok();
        await teamLeader.TryDecide(complaint.Reference, approve: true, "Fine").Ok();

        await caseworker.AssertRefused(complaint.Reference, () => caseworker.TrySubmit(complaint.Reference), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task EC07_an_empty_plan_cannot_be_issued_answered_submitted_or_closed()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();
        var reference = accepted.Reference;

        await caseworker.AssertRefused(reference, () => caseworker.TryIssue(reference, reachedByPhone: false), HttpStatusCode.UnprocessableEntity);
        await caseworker.AssertRefused(reference, () => caseworker.TryRespond(reference, agrees: true), HttpStatusCode.UnprocessableEntity);
        await caseworker.AssertRefused(reference, () => caseworker.TrySubmit(reference), HttpStatusCode.UnprocessableEntity);
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task EC13_a_plan_with_redress_revised_after_approval_cannot_close_until_approved_again()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, redress) = await caseworker.WithLine(ComplaintStates.Redress);
        var reference = complaint.Reference;
        await caseworker.TryIssue(reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(reference, agrees: true).Ok();
        await caseworker.TrySubmit(reference).Ok();
        await teamLeader.TryDecide(reference, approve: true, "Fine").Ok();
        await caseworker.TryLineDone(reference, redress.Id).Ok();

        // A change after approval opens a new revision, which the team leader has not seen.
        var extra = await caseworker.AddLine(reference, "Apology", "Apologise too");
        await caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{extra.Id}/withdraw")).Ok();
        var revised = await caseworker.GetEc(reference);
        Assert.Equal((2, true), (revised.Plan.Revision, revised.Plan.AwaitsApproval));

        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference), HttpStatusCode.UnprocessableEntity);

        await caseworker.TrySubmit(reference).Ok();
        await teamLeader.TryDecide(reference, approve: true, "Still fine").Ok();
        await caseworker.TryRespond(reference, agrees: true, "Agreed again").Ok();
        Assert.Equal(SrStatus.Closed, (await caseworker.TryClose(reference).Ok()).Status);
    }

    [Fact]
    public async Task EC06_EC07_EC14_a_step_whose_letter_cannot_go_to_a_suppressed_employer_is_refused_whole()
    {
        var caseworker = await app.LoginAs("caseworker");
        var open = await caseworker.Opened();
        var (toIssue, _) = await caseworker.WithLine();
        var (toClose, line) = await caseworker.WithLine();
        await caseworker.TryIssue(toClose.Reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(toClose.Reference, agrees: true).Ok();
        await caseworker.TryLineDone(toClose.Reference, line.Id).Ok();
        foreach (var ern in new[] { open.EmployerErn, toIssue.EmployerErn, toClose.EmployerErn })
        {
            (await caseworker.Post($"/api/employers/{ern}/contact-suppression", new { reason = "Business owner has died" })).EnsureSuccessStatusCode();
        }

        var refused = await caseworker.AssertRefused(open.Reference, () => caseworker.TryValid(open.Reference), HttpStatusCode.UnprocessableEntity);
        await caseworker.AssertRefused(toIssue.Reference, () => caseworker.TryIssue(toIssue.Reference, reachedByPhone: false), HttpStatusCode.UnprocessableEntity);
        await caseworker.AssertRefused(toClose.Reference, () => caseworker.TryClose(toClose.Reference), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Business owner has died", refused.Detail, StringComparison.Ordinal);
        // A plan agreed on the phone needs no letter, so that step still works.
        await caseworker.TryIssue(toIssue.Reference, reachedByPhone: true).Ok();
    }

    [Fact]
    public async Task EC13_once_compensation_is_paid_the_same_issue_cannot_be_complained_about_again()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, redress) = await caseworker.WithLine(ComplaintStates.Redress);
        var reference = complaint.Reference;
        await caseworker.TrySubmit(reference).Ok();
        await teamLeader.TryDecide(reference, approve: true, "Fine").Ok();
        await caseworker.TryLineDone(reference, redress.Id).Ok();
        var before = await caseworker.SnapshotComplaint(reference);

        var refused = await caseworker.TryLog(new
        {
            employerErn = complaint.EmployerErn, raisedBy = "Employer", channel = "Letter", issue = "  deductions TAKEN   twice ",
            description = "The compensation was too little", receivedOn = "2026-03-02",
        });
        await refused.AssertProblem(HttpStatusCode.UnprocessableEntity);

        await caseworker.AssertComplaintUnchanged(before);
        var proposal = await caseworker.Get<StageProposalView>(
            $"/api/employer-complaints/stage-proposal?employerErn={complaint.EmployerErn}&issue=Deductions%20taken%20twice");
        Assert.Equal((null, reference), (proposal.Stage, Assert.Single(proposal.RelatedComplaints).Reference));
        Assert.False(string.IsNullOrWhiteSpace(proposal.Refused));

        // Another issue is still a complaint of its own.
        Assert.Equal("Resolution", (await caseworker.LogComplaint(complaint.EmployerErn, "Rude letter")).Stage);
    }
}

public sealed class ComplaintRuleTests_Sqlite(SqliteFactory app) : ComplaintRuleTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintRuleTests_Postgres(PostgresFactory app) : ComplaintRuleTests(app), IClassFixture<PostgresFactory>;
