using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-11/13: sending a plan for approval, and the team leader deciding line by line or all at once.</summary>
public sealed class TeamLeaderApprovalTests
{
    private static ComplaintCase Pending() =>
        InProgress().WithRedress(250m).WithLine(description: "Correct the schedule").Submitted();

    [Fact]
    public void EC13_a_plan_with_redress_is_submitted_for_approval_and_locked()
    {
        var c = Pending();

        Assert.Equal((ServiceRequestStatus.PendingApproval, SubStatuses.PendingApprovalTL, true), (c.Sr.Status, c.Sr.SubStatus, c.Sr.AssignmentLocked));
        Assert.Equal(TlApproval.Pending, c.Complaint.TlApproval);
        Assert.True(c.Complaint.RevisionSealed);
        Assert.Equal("Sent for team leader approval", c.Complaint.Revisions[^1].Event);
    }

    [Fact]
    public void EC11_a_plan_without_redress_or_rejection_does_not_need_approval()
    {
        var c = InProgress().WithLine().WithLine(Refund(80m));
        var before = c.Snapshot();

        Assert.IsType<RuleBroken>(c.TrySubmit());
        Assert.IsType<RuleBroken>(InProgress().TrySubmit());
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC11_submitting_needs_a_caseworker_and_a_complaint_in_progress()
    {
        var c = InProgress().WithRedress(10m);
        Assert.IsType<Forbidden>(c.Complaint.SubmitForApproval(c.Sr, Actors.TeamLeader, c.Now));

        c.IssuedByLetter();
        Assert.IsType<NotAllowedInState>(c.TrySubmit());
        Assert.IsType<NotAllowedInState>(Logged().TrySubmit());
        Assert.IsType<NotAllowedInState>(Pending().TrySubmit());
    }

    [Fact]
    public void EC11_approving_all_lines_at_once_approves_the_plan_clears_the_lock_and_returns_it_to_the_caseworker()
    {
        var c = Pending().ApprovedByTeamLeader();

        Assert.Equal((TlApproval.Approved, 1, true), (c.Complaint.TlApproval, c.Complaint.ApprovedRevision, c.Complaint.PlanApproved));
        Assert.All(c.Complaint.ActiveLines, l => Assert.Equal(LineDecision.Approved, l.TlDecision));
        Assert.Equal((ServiceRequestStatus.InProgress, false), (c.Sr.Status, c.Sr.AssignmentLocked));
        Assert.Equal(Actors.Caseworker.AsOwner(), c.Sr.Owner);
        Assert.True(c.Sr.Activities.Single(a => a.Number == EmployerComplaint.Activities.AgreePlan).Done);
        Assert.Equal("Approved by the team leader", c.Complaint.Revisions[^1].Event);
        Assert.Equal("Y (inbox item Accepted)", c.Complaint.PendingAudit[^1].After);
    }

    [Fact]
    public void EC11_deciding_line_by_line_keeps_the_plan_with_the_team_leader_until_every_line_is_decided()
    {
        var c = Pending().ApprovedByTeamLeader(1);

        Assert.Equal((ServiceRequestStatus.PendingApproval, true, TlApproval.Pending), (c.Sr.Status, c.Sr.AssignmentLocked, c.Complaint.TlApproval));
        Assert.Equal([LineDecision.Approved, null], c.Complaint.Lines.Select(l => l.TlDecision));

        c.ApprovedByTeamLeader(2);
        Assert.Equal((ServiceRequestStatus.InProgress, TlApproval.Approved), (c.Sr.Status, c.Complaint.TlApproval));
    }

    [Fact]
    public void EC11_one_rejected_line_rejects_the_plan_with_the_comment_as_a_note()
    {
        var c = Pending().ApprovedByTeamLeader(1).RejectedByTeamLeader("Schedule fix is not enough", 2);

        Assert.Equal((TlApproval.Rejected, 1, false), (c.Complaint.TlApproval, c.Complaint.RejectedRevision, c.Complaint.PlanApproved));
        Assert.Equal(("Schedule fix is not enough", LineDecision.Rejected), (c.Complaint.Lines[1].TlComment, c.Complaint.Lines[1].TlDecision));
        Assert.Contains("Schedule fix is not enough", c.Sr.Notes[^1].Text, StringComparison.Ordinal);
        Assert.Equal((ServiceRequestStatus.InProgress, false), (c.Sr.Status, c.Sr.AssignmentLocked));
        Assert.Equal("N (inbox item Rejected)", c.Complaint.PendingAudit[^1].After);
    }

    [Fact]
    public void EC11_rejecting_needs_a_comment()
    {
        var c = Pending();
        var before = c.Snapshot();

        Assert.Contains("comment", Assert.IsType<InvalidInput>(c.TryDecide(approve: false, " ")).Errors.Keys);
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC11_only_a_team_leader_decides_and_only_while_approval_is_pending()
    {
        var c = Pending();
        var before = c.Snapshot();
        Assert.IsType<Forbidden>(c.TryDecide(approve: true, by: Actors.Caseworker));
        Assert.IsType<Forbidden>(c.TryDecide(approve: true, by: Actors.WithRoles(StaffRoles.EscalatedComplaints)));
        Assert.Equal(before, c.Snapshot());

        c.ApprovedByTeamLeader();
        Assert.IsType<NotAllowedInState>(c.TryDecide(approve: true));
        Assert.IsType<NotAllowedInState>(InProgress().WithRedress(10m).TryDecide(approve: true));
    }

    [Fact]
    public void EC11_deciding_an_unknown_or_withdrawn_line_is_refused_and_changes_nothing()
    {
        var c = InProgress().WithLine().WithRedress(20m);
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 1, Actors.Caseworker, c.Now));
        c.Submitted();
        var before = c.Snapshot();

        Assert.Contains("lineIds", Assert.IsType<InvalidInput>(c.TryDecide(approve: true, lines: [2, 7])).Errors.Keys);
        Assert.Contains("lineIds", Assert.IsType<InvalidInput>(c.TryDecide(approve: true, lines: [1])).Errors.Keys);
        Assert.Equal(before, c.Snapshot());

        c.ApprovedByTeamLeader();
        Assert.Null(c.Complaint.Lines[0].TlDecision);
        Assert.True(c.Complaint.PlanApproved);
    }

    [Fact]
    public void EC11_an_approved_plan_is_not_submitted_again()
    {
        var c = Pending().ApprovedByTeamLeader();
        var before = c.Snapshot();

        Assert.IsType<RuleBroken>(c.TrySubmit());
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC11_a_rejected_revision_goes_back_only_once_its_lines_change()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerRejects().RejectedByTeamLeader();
        var before = c.Snapshot();

        Assert.IsType<RuleBroken>(c.TrySubmit());
        Assert.Equal(before, c.Snapshot());

        c.WithLine(Refund(40m), "Refund the overpayment").Submitted();
        Assert.Equal((ServiceRequestStatus.PendingApproval, 2), (c.Sr.Status, c.Complaint.Revision));
        c.ApprovedByTeamLeader();
        Assert.True(c.Complaint.PlanApproved);
    }
}
