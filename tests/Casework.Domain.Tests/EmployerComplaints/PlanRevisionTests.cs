using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-12: the plan's revision history; the first edit after a seal opens a new revision and voids agreement and approval.</summary>
public sealed class PlanRevisionTests
{
    [Fact]
    public void EC12_edits_before_the_plan_goes_out_stay_in_the_first_revision()
    {
        var c = InProgress().WithLine().WithLine(Refund(10m));
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 1, Actors.Caseworker, c.Now));

        Assert.Equal((1, 0, false), (c.Complaint.Revision, c.Complaint.RevisionCount, c.Complaint.RevisionSealed));
        Assert.Empty(c.Complaint.Revisions);
    }

    [Fact]
    public void EC12_the_first_edit_after_the_plan_was_issued_opens_a_new_revision()
    {
        var c = InProgress().WithLine().IssuedByPhone();

        var added = c.AddLine(description: "Correct the schedule");
        c.AddLine(description: "Call the payroll manager");

        Assert.Equal((2, 1, false), (c.Complaint.Revision, c.Complaint.RevisionCount, c.Complaint.RevisionSealed));
        Assert.Equal(2, c.Complaint.Lines[added - 1].AddedInRevision);
        Assert.Single(c.Complaint.PendingAudit, a => a.Action == "Resolution plan revised");
    }

    [Fact]
    public void EC12_withdrawing_a_line_after_a_seal_is_a_revision_too()
    {
        var c = InProgress().WithLine().WithLine().IssuedByLetter().EmployerAgrees();

        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 2, Actors.Caseworker, c.Now));

        Assert.Equal(2, c.Complaint.Revision);
    }

    [Fact]
    public void EC12_the_history_keeps_each_sealed_revision_with_its_lines_and_what_sealed_it()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerRejects().RejectedByTeamLeader();
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 1, Actors.Caseworker, c.Now));
        c.WithLine(Refund(25m), "Refund the overpayment").Submitted();

        Assert.Equal(
            [
                (1, "Discussed with the employer by phone", "1. Apology: Apologise for the error"),
                (1, "Rejected by the employer; sent for team leader approval", "1. Apology: Apologise for the error"),
                (1, "Rejected by the team leader", "1. Apology: Apologise for the error"),
                (2, "Sent for team leader approval", "2. Apology: Refund the overpayment — Refund £25.00 paid at once"),
            ],
            c.Complaint.Revisions.Select(r => (r.Number, r.Event, r.Lines)));
        Assert.Equal(1, c.Complaint.RevisionCount);
        Assert.Equal(2, c.Complaint.Lines.Count);
    }

    [Fact]
    public void EC12_a_revision_voids_the_employers_agreement()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerAgrees().WithLine(description: "Correct the schedule");

        Assert.Equal((null, false), (c.Complaint.EmployerAgrees, c.Complaint.PlanAgreedFlag));
    }

    [Fact]
    public void EC12_a_revision_voids_the_team_leaders_approval_and_its_line_decisions()
    {
        var c = InProgress().WithRedress(100m).Submitted().ApprovedByTeamLeader().WithLine(description: "Correct the schedule");
        var before = c.Snapshot();

        Assert.False(c.Complaint.PlanApproved);
        Assert.All(c.Complaint.Lines, l => Assert.Null(l.TlDecision));
        Assert.IsType<RuleBroken>(c.TryLineDone(1));
        Assert.Equal(before, c.Snapshot());

        c.Submitted().ApprovedByTeamLeader().AllLinesDone().Closed();
        Assert.Equal((2, SubStatuses.Completed), (c.Complaint.ApprovedRevision, c.Sr.SubStatus));
    }

    [Fact]
    public void EC12_a_plan_approved_after_the_employer_rejected_it_goes_back_to_the_team_leader_when_revised()
    {
        // No redress: it went to the team leader because the employer rejected it. Revised after approval, it needs
        // approval again before any line is done, so the caseworker must be able to send it.
        var c = InProgress().WithLine().IssuedByPhone().EmployerRejects().ApprovedByTeamLeader()
            .WithLine(description: "Correct the schedule").IssuedByPhone().EmployerAgrees();
        Assert.IsType<RuleBroken>(c.TryLineDone(1));

        c.Submitted().ApprovedByTeamLeader().AllLinesDone().Closed();

        Assert.Equal((ServiceRequestStatus.Closed, 2), (c.Sr.Status, c.Complaint.ApprovedRevision));
    }
}
