using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-09/10: the employer agrees the plan, or rejects it and it goes to the team leader with the assignment locked.</summary>
public sealed class EmployerResponseTests
{
    [Fact]
    public void EC09_employer_agrees_sets_agrees_Y_and_the_flags_and_completes_the_agreement_activity()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerAgrees();

        Assert.Equal((true, true, true), (c.Complaint.EmployerAgrees, c.Complaint.PlanAgreedFlag, c.Complaint.IssuePlanFlag));
        Assert.True(c.Sr.Activities.Single(a => a.Number == EmployerComplaint.Activities.AgreePlan).Done);
        Assert.Equal(ServiceRequestStatus.InProgress, c.Sr.Status);
        Assert.Contains("Happy with the plan", Assert.Single(c.Sr.Notes).Text, StringComparison.Ordinal);
        Assert.Equal("Agreed by the employer", c.Complaint.Revisions[^1].Event);
    }

    [Fact]
    public void EC09_a_reply_to_the_plan_letter_ends_the_wait()
    {
        var c = InProgress().WithLine().IssuedByLetter().EmployerAgrees();

        Assert.Equal((ServiceRequestStatus.InProgress, SubStatuses.InProgress), (c.Sr.Status, c.Sr.SubStatus));
        Assert.Equal((null, null), (c.Complaint.WaitUntil, c.Complaint.WaitRule));
    }

    [Fact]
    public void EC10_employer_rejects_sends_the_plan_to_pending_approval_TL_with_the_lock_set()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerRejects();

        Assert.Equal((ServiceRequestStatus.PendingApproval, SubStatuses.PendingApprovalTL), (c.Sr.Status, c.Sr.SubStatus));
        Assert.True(c.Sr.AssignmentLocked);
        Assert.Equal((false, TlApproval.Pending), (c.Complaint.EmployerAgrees, c.Complaint.TlApproval));
        Assert.Equal(Actors.Caseworker.AsOwner(), c.Sr.Owner);
    }

    [Fact]
    public void EC10_a_rejection_by_letter_reply_goes_from_wait_to_pending_approval()
    {
        var c = InProgress().WithLine().IssuedByLetter().EmployerRejects();

        Assert.Equal(ServiceRequestStatus.PendingApproval, c.Sr.Status);
        Assert.True(c.Sr.AssignmentLocked);
        Assert.Null(c.Complaint.WaitUntil);
    }

    [Fact]
    public void EC10_while_approval_is_pending_the_lock_cannot_be_cleared_and_the_SR_cannot_move()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerRejects();
        var before = c.Snapshot();

        Assert.IsType<NotAllowedInState>(c.Sr.SetAssignmentLock(false, Actors.TeamLeader, c.Now));
        Assert.IsType<NotAllowedInState>(c.Sr.AssignTo(Actors.AnotherCaseworker.AsOwner(), Actors.TeamLeader, c.Now));
        Assert.IsType<NotAllowedInState>(c.Sr.TakeOwnership(Actors.TeamLeader, c.Now));
        Assert.IsType<NotAllowedInState>(c.Sr.ChangeStatus(ServiceRequestStatus.InProgress, null, Actors.TeamLeader, c.Now));
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC09_EC10_a_response_needs_a_plan_a_caseworker_and_a_plan_with_the_employer()
    {
        var empty = InProgress();
        Assert.IsType<RuleBroken>(empty.TryRespond(agrees: true));
        Assert.IsType<NotAllowedInState>(Logged().TryRespond(agrees: true));

        var c = InProgress().WithLine();
        var before = c.Snapshot();
        Assert.IsType<Forbidden>(c.Complaint.RecordResponse(c.Sr, true, null, Actors.TeamLeader, c.Now));
        Assert.Equal(before, c.Snapshot());

        c.EmployerRejects();
        var pending = c.Snapshot();
        Assert.IsType<NotAllowedInState>(c.TryRespond(agrees: true));
        Assert.Equal(pending, c.Snapshot());
    }

    [Fact]
    public void EC09_a_response_without_a_note_adds_no_note()
    {
        var c = InProgress().WithLine();

        Assert.Null(c.TryRespond(agrees: true, "  "));

        Assert.Empty(c.Sr.Notes);
        Assert.True(c.Complaint.EmployerAgrees);
    }
}
