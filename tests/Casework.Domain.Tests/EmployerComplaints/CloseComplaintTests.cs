using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-13/14: working the plan's lines to done, paying compensation, and closing with the closure paragraph.</summary>
public sealed class CloseComplaintTests
{
    private static ComplaintCase Agreed() => InProgress().WithLine().IssuedByPhone().EmployerAgrees();

    [Theory]
    [InlineData(ClosureParagraph.PhoneOutcome, "TM_020275_E")]
    [InlineData(ClosureParagraph.UnableToContact, "TM_02276_E")]
    public void EC14_closing_sets_the_three_flags_resolves_and_completes_the_SR(ClosureParagraph paragraph, string code)
    {
        var c = Agreed().LineDone(1).Later(days: 2);

        Assert.Null(c.TryClose(paragraph, "  We apologised and fixed the schedule. "));

        Assert.Equal((true, true, true), (c.Complaint.IssuePlanFlag, c.Complaint.PlanAgreedFlag, c.Complaint.IssueClosureLetterFlag));
        Assert.Equal((ServiceRequestStatus.Closed, SubStatuses.Completed, ResolutionCodes.Resolved), (c.Sr.Status, c.Sr.SubStatus, c.Complaint.ResolutionCode));
        Assert.Equal((c.Now, c.Now), (c.Complaint.ClosedAt, c.Sr.ClosedAt));
        Assert.All(c.Sr.Activities, a => Assert.True(a.Done));
        Assert.Equal($"Complaint closed ({paragraph}): We apologised and fixed the schedule.", c.Sr.Notes[^1].Text);
        Assert.Equal(code, ComplaintLetters.ParagraphFor(paragraph));
    }

    [Fact]
    public void EC14_a_line_done_is_stamped_and_the_last_one_completes_the_plan_activity()
    {
        var c = InProgress().WithLine().WithLine().IssuedByPhone().EmployerAgrees().LineDone(1);
        var complete = c.Sr.Activities.Single(a => a.Number == EmployerComplaint.Activities.CompletePlan);
        Assert.False(complete.Done);

        c.LineDone(2);

        Assert.True(complete.Done);
        Assert.Equal((PlanLineStatus.Done, c.Now, "Casey Worker (CW001)"), (c.Complaint.Lines[1].Status, c.Complaint.Lines[1].DoneAt, c.Complaint.Lines[1].DoneBy));
    }

    [Fact]
    public void EC14_withdrawing_the_last_open_line_completes_the_plan_so_the_complaint_can_close()
    {
        var c = InProgress().WithLine().WithLine(description: "Write to payroll").IssuedByPhone().EmployerAgrees().LineDone(1);

        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 2, Actors.Caseworker, c.Now));
        c.EmployerAgrees().Closed();

        Assert.Equal(SubStatuses.Completed, c.Sr.SubStatus);
    }

    [Fact]
    public void EC14_marking_lines_done_is_refused_for_unknown_done_or_withdrawn_lines_and_by_others_than_caseworkers()
    {
        var c = InProgress().WithLine().WithLine().WithLine().IssuedByPhone().EmployerAgrees().LineDone(1);
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 2, Actors.Caseworker, c.Now));
        var before = c.Snapshot();

        Assert.IsType<NotFound>(c.TryLineDone(4));
        Assert.IsType<NotAllowedInState>(c.TryLineDone(1));
        Assert.IsType<NotAllowedInState>(c.TryLineDone(2));
        Assert.IsType<Forbidden>(c.Complaint.MarkLineDone(c.Sr, 3, Actors.TeamLeader, c.Now));
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC13_no_line_of_a_plan_with_redress_is_done_before_the_team_leader_approves_it()
    {
        var c = InProgress().WithLine().WithRedress(120m).IssuedByPhone().EmployerAgrees();
        var before = c.Snapshot();

        Assert.IsType<RuleBroken>(c.TryLineDone(1));
        Assert.IsType<RuleBroken>(c.TryLineDone(2));
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC11_no_line_of_a_plan_the_team_leader_rejected_is_done()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerRejects().RejectedByTeamLeader();
        var before = c.Snapshot();

        Assert.IsType<RuleBroken>(c.TryLineDone(1));
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC13_a_redress_line_done_is_compensation_paid_and_the_complaint_can_close()
    {
        var c = InProgress().WithRedress(300m).Submitted().ApprovedByTeamLeader().LineDone(1);

        Assert.True(c.Complaint.CompensationPaid);
        Assert.Contains(c.Complaint.PendingAudit, a => a.Action == "Compensation paid" && a.After!.Contains("£300.00", StringComparison.Ordinal));

        c.Closed();
        Assert.Equal(SubStatuses.Completed, c.Sr.SubStatus);
    }

    [Fact]
    public void EC13_a_plan_with_redress_does_not_close_on_a_revision_the_team_leader_has_not_approved()
    {
        var c = InProgress().WithRedress(300m).Submitted().ApprovedByTeamLeader().LineDone(1).WithLine(description: "Second thoughts");
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 2, Actors.Caseworker, c.Now));
        var before = c.Snapshot();

        Assert.IsType<RuleBroken>(c.TryClose());
        Assert.Equal(before, c.Snapshot());

        c.Submitted().ApprovedByTeamLeader().Closed();
        Assert.Equal(SubStatuses.Completed, c.Sr.SubStatus);
    }

    [Fact]
    public void EC14_closing_is_refused_until_every_line_and_activity_is_done()
    {
        var noPlan = InProgress();
        Assert.IsType<RuleBroken>(noPlan.TryClose());

        var openLine = Agreed().WithLine(description: "Correct the schedule");
        Assert.IsType<NotAllowedInState>(openLine.TryClose());

        // Done without the employer's answer: the agreement activity is still open.
        var notAgreed = InProgress().WithLine().IssuedByPhone().LineDone(1);
        var before = notAgreed.Snapshot();
        var refusal = Assert.IsType<NotAllowedInState>(notAgreed.TryClose());
        Assert.Contains("Agree the resolution plan with the employer", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(before, notAgreed.Snapshot());
    }

    [Fact]
    public void EC14_closing_needs_the_letters_free_text_and_a_caseworker()
    {
        var c = Agreed().LineDone(1);
        var before = c.Snapshot();

        Assert.Contains("freeText", Assert.IsType<InvalidInput>(c.TryClose(freeText: " ")).Errors.Keys);
        Assert.IsType<Forbidden>(c.Complaint.Close(c.Sr, ClosureParagraph.PhoneOutcome, "Done", Actors.TeamLeader, c.Now));
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC14_a_closed_complaint_refuses_every_command_and_changes_nothing()
    {
        var c = Agreed().LineDone(1).Closed();
        var before = c.Snapshot();

        Assert.IsType<NotAllowedInState>(c.TryClose());
        Assert.IsType<NotAllowedInState>(c.TryAddLine().Refusal);
        Assert.IsType<NotAllowedInState>(c.TryRespond(agrees: false));
        Assert.IsType<NotAllowedInState>(c.TryIssue(reachedByPhone: false));
        Assert.IsType<NotAllowedInState>(c.TrySubmit());
        Assert.IsType<NotAllowedInState>(c.TryDecide(approve: true));
        Assert.IsType<NotAllowedInState>(c.Complaint.CloseAsInvalid(c.Sr, "Apology", Actors.Caseworker, c.Now));
        Assert.IsType<NotAllowedInState>(c.Complaint.AcceptAsValid(c.Sr, c.Today, Actors.Caseworker, c.Now));
        Assert.IsType<NotAllowedInState>(c.Sr.SetAssignmentLock(true, Actors.TeamLeader, c.Now));
        Assert.Equal(before, c.Snapshot());
    }
}
