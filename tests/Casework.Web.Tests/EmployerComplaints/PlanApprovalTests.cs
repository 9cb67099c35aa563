using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>EC-10…EC-13: the team leader decides line by line or all at once; the plan keeps its revisions.</summary>
public abstract class PlanApprovalTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC11_lines_approved_one_at_a_time_stay_with_the_team_leader_until_the_last_is_decided()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, redress) = await caseworker.WithLine(ComplaintStates.Redress);
        var reference = complaint.Reference;
        var apology = await caseworker.AddLine(reference, "Apology", "Apologise in writing");
        await caseworker.TrySubmit(reference).Ok();

        var half = await teamLeader.TryDecide(reference, approve: true, "Apology is right", [apology.Id]).Ok();

        Assert.Equal((SrStatus.PendingApproval, "Pending", true), (half.Status, half.Plan.TlApproval, half.AssignmentLocked));
        Assert.Equal([(redress.Id, (string?)null), (apology.Id, "Approved")], half.Plan.Lines.Select(l => (l.Id, l.TlDecision)));
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(reference));
        Assert.Contains(await teamLeader.Inbox(), i => i.Reference == reference);

        var approved = await teamLeader.TryDecide(reference, approve: true, "Evidence seen", [redress.Id]).Ok();

        Assert.Equal((SrStatus.InProgress, "Approved", false, false), (approved.Status, approved.Plan.TlApproval, approved.AssignmentLocked, approved.Plan.AwaitsApproval));
        // EC-08: 19 working days of receipt (Mon 2 March 2026) once the team leader approves.
        Assert.Equal(new DateOnly(2026, 3, 27), approved.Deadlines.CloseBy);
        Assert.Contains("19 working days", approved.Deadlines.CloseRule, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 27), (await caseworker.GetSr(reference)).TargetDate);
        Assert.Equal(["CMSL8500", "CMSL8501"], await caseworker.LetterCodes(reference));
        Assert.DoesNotContain(await teamLeader.Inbox(), i => i.Reference == reference);

        await caseworker.TryLineDone(reference, apology.Id).Ok();
        await caseworker.TryLineDone(reference, redress.Id).Ok();
        var closed = await caseworker.TryClose(reference, "UnableToContact", "We paid £150 for your bank charges.").Ok();
        Assert.Equal((SrStatus.Closed, true), (closed.Status, closed.CompensationPaid));
    }

    [Fact]
    public async Task EC11_EC12_one_line_rejected_sends_the_plan_back_and_the_revised_plan_is_decided_afresh()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, first) = await caseworker.WithLine();
        var reference = complaint.Reference;
        var refund = await caseworker.AddLine(reference, "Refund", "Hold the surplus against future deductions", ComplaintStates.Refund);
        await caseworker.TryIssue(reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(reference, agrees: false, "Wants the refund paid now").Ok();

        await teamLeader.TryDecide(reference, approve: true, null, [first.Id]).Ok();
        var rejected = await teamLeader.TryDecide(reference, approve: false, "Pay the refund at once", [refund.Id]).Ok();

        Assert.Equal((SrStatus.InProgress, "Rejected", false, "100001"), (rejected.Status, rejected.Plan.TlApproval, rejected.AssignmentLocked, rejected.Owner.StaffNumber));
        var refused = Assert.Single(rejected.Plan.Lines, l => l.Id == refund.Id);
        Assert.Equal(("Rejected", "Pay the refund at once"), (refused.TlDecision, refused.TlComment));
        Assert.Contains((await caseworker.GetSr(reference)).Notes, n => n.Text.Contains("Pay the refund at once", StringComparison.Ordinal));
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(reference));

        await caseworker.Post(EmployerComplaintApi.Ec(reference, $"/plan/lines/{refund.Id}/withdraw")).Ok();
        var paidNow = await caseworker.AddLine(reference, "Refund", "Pay the surplus now", new { kind = "Refund", amount = 80.25m, holdToOffset = false });
        var resubmitted = await caseworker.TrySubmit(reference).Ok();
        Assert.All(resubmitted.Plan.Lines, l => Assert.Null(l.TlDecision));
        Assert.Equal((2, 1, "Pending"), (resubmitted.Plan.Revision, resubmitted.Plan.RevisionCount, resubmitted.Plan.TlApproval));

        var approved = await teamLeader.TryDecide(reference, approve: true, "Good").Ok();

        Assert.Equal("Approved", approved.Plan.TlApproval);
        Assert.Equal(["Approved", "Approved"], approved.Plan.Lines.Where(l => l.Status != "Withdrawn").Select(l => l.TlDecision!));
        Assert.Equal(2, Assert.Single(approved.Plan.Lines, l => l.Id == paidNow.Id).AddedInRevision);
        Assert.Equal(
            [(1, "Discussed with the employer by phone"), (1, "Rejected by the employer; sent for team leader approval"), (1, "Rejected by the team leader"),
             (2, "Sent for team leader approval"), (2, "Approved by the team leader")],
            approved.Plan.History.Select(h => (h.Revision, h.Event)));
        Assert.Equal(2, approved.Plan.History[^1].Lines.Count);
    }

    [Fact]
    public async Task EC11_approving_with_no_lines_named_approves_every_line()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (pending, _) = await caseworker.PendingApproval();

        var approved = await teamLeader.TryDecide(pending.Reference, approve: true, null, []).Ok();

        Assert.Equal("Approved", approved.Plan.TlApproval);
        Assert.All(approved.Plan.Lines, l => Assert.Equal("Approved", l.TlDecision));
        var audit = await caseworker.Audit(pending.Reference);
        Assert.Contains(audit, a => a.Action == "TL approval" && a.Before == "Pending" && a.After!.StartsWith('Y'));
    }
}

public sealed class PlanApprovalTests_Sqlite(SqliteFactory app) : PlanApprovalTests(app), IClassFixture<SqliteFactory>;

public sealed class PlanApprovalTests_Postgres(PostgresFactory app) : PlanApprovalTests(app), IClassFixture<PostgresFactory>;
