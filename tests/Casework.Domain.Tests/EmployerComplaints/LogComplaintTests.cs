using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-01…EC-06: logging a complaint at its stage, closing it as invalid, accepting it as valid.</summary>
public sealed class LogComplaintTests
{
    private static readonly DateTimeOffset _at = MorningOf(MondayBeforeEaster);

    [Fact]
    public void EC04_a_resolution_complaint_is_open_with_its_referral_and_target_and_handed_to_the_workflow()
    {
        var c = Logged();

        Assert.Equal((ComplaintStage.Resolution, "Letter", "Payment problem", 1), (c.Complaint.Stage, c.Complaint.ReferralSource, c.Complaint.ReferralReason, c.Complaint.Revision));
        Assert.Equal((ServiceRequestStatus.Open, SubStatuses.Open), (c.Sr.Status, c.Sr.SubStatus));
        Assert.Equal(ServiceRequest.EmployerComplaintWorkflow, c.Sr.Workflow);
        Assert.Equal((c.Complaint.CloseBy, c.Complaint.CloseRule), (c.Sr.TargetDate, c.Sr.TargetRule));
        Assert.Equal(Actors.Caseworker.AsOwner(), c.Sr.Owner);
        Assert.Equal(1, c.Complaint.Version);
    }

    [Fact]
    public void EC03_a_review_gets_a_note_with_the_issue_and_goes_to_pending_assignment_with_the_escalated_team()
    {
        var c = Logged(ComplaintStage.Review);

        Assert.Equal((ServiceRequestStatus.PendingAssignment, SubStatuses.PendingAssignment), (c.Sr.Status, c.Sr.SubStatus));
        Assert.Equal(Owner.ForTeam(Actors.OtherTeam), c.Sr.Owner);
        Assert.Contains("Deduction taken twice", Assert.Single(c.Sr.Notes).Text, StringComparison.Ordinal);
        Assert.Null(c.Sr.Workflow);
    }

    [Fact]
    public void EC03_a_review_is_not_worked_by_the_resolution_commands()
    {
        var c = Logged(ComplaintStage.Review);
        var before = c.Snapshot();

        Assert.IsType<NotAllowedInState>(c.Complaint.AcceptAsValid(c.Sr, c.Today, Actors.Caseworker, c.Now));
        Assert.IsType<NotAllowedInState>(c.Complaint.CloseAsInvalid(c.Sr, "Apologised", Actors.Caseworker, c.Now));
        Assert.IsType<NotAllowedInState>(c.TryAddLine().Refusal);
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC01_only_a_caseworker_logs_a_complaint()
    {
        var request = Request();
        var sr = RaiseFor(request, Actors.Caseworker, _at);
        var before = ServiceRequestSnapshot.Of(sr);

        var logged = EmployerComplaint.Log(request, sr, WorkingDays, Actors.TeamLeader, _at);

        Assert.IsType<Forbidden>(logged.Refusal);
        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
        Assert.Null(sr.Workflow);
    }

    [Theory]
    [InlineData("", "Something happened", "issue")]
    [InlineData("Deduction taken twice", "  ", "description")]
    public void EC04_a_complaint_needs_its_issue_and_description(string issue, string description, string field)
    {
        var request = Request(issue: issue, description: description);
        var sr = RaiseFor(request, Actors.Caseworker, _at);

        var logged = EmployerComplaint.Log(request, sr, WorkingDays, Actors.Caseworker, _at);

        Assert.Contains(field, Assert.IsType<InvalidInput>(logged.Refusal).Errors.Keys);
        Assert.Null(sr.Workflow);
    }

    [Fact]
    public void EC01_a_complaint_is_logged_only_on_its_newly_raised_SR()
    {
        var other = Request() with { Reference = "SR-0000099" };
        var sr = RaiseFor(Request(), Actors.Caseworker, _at);
        Assert.IsType<NotAllowedInState>(EmployerComplaint.Log(other, sr, WorkingDays, Actors.Caseworker, _at).Refusal);

        var accepted = InProgress();
        Assert.IsType<NotAllowedInState>(EmployerComplaint.Log(Request(), accepted.Sr, WorkingDays, Actors.Caseworker, _at).Refusal);
    }

    [Fact]
    public void EC05_resolved_by_apology_closes_as_cancelled_with_resolution_code_invalid_and_the_note()
    {
        var c = Logged();

        Assert.Null(c.Complaint.CloseAsInvalid(c.Sr, "Apologised on the phone", Actors.Caseworker, c.Now));

        Assert.Equal((ServiceRequestStatus.Closed, SubStatuses.Cancelled, ResolutionCodes.Invalid), (c.Sr.Status, c.Sr.SubStatus, c.Complaint.ResolutionCode));
        Assert.Equal(c.Now, c.Complaint.ClosedAt);
        Assert.Contains("Apologised on the phone", Assert.Single(c.Sr.Notes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EC05_closing_as_invalid_needs_the_note_a_caseworker_and_an_open_complaint()
    {
        var c = Logged();
        var before = c.Snapshot();

        Assert.Contains("note", Assert.IsType<InvalidInput>(c.Complaint.CloseAsInvalid(c.Sr, " ", Actors.Caseworker, c.Now)).Errors.Keys);
        Assert.IsType<Forbidden>(c.Complaint.CloseAsInvalid(c.Sr, "Apologised", Actors.TeamLeader, c.Now));
        Assert.Equal(before, c.Snapshot());

        var accepted = InProgress();
        Assert.IsType<NotAllowedInState>(accepted.Complaint.CloseAsInvalid(accepted.Sr, "Apologised", Actors.Caseworker, accepted.Now));
    }

    [Fact]
    public void EC06_a_valid_complaint_goes_in_progress_owned_by_the_accepting_caseworker_and_is_acknowledged()
    {
        var c = Logged().Later(days: 1);

        Assert.Null(c.Complaint.AcceptAsValid(c.Sr, c.Today, Actors.AnotherCaseworker, c.Now));

        Assert.Equal((ServiceRequestStatus.InProgress, SubStatuses.InProgress), (c.Sr.Status, c.Sr.SubStatus));
        Assert.Equal(Actors.AnotherCaseworker.AsOwner(), c.Sr.Owner);
        Assert.True(c.Sr.Activities.Single(a => a.Number == EmployerComplaint.Activities.Acknowledge).Done);
        Assert.Equal((new DateOnly(2025, 4, 15), false), (c.Complaint.AcknowledgedOn, c.Complaint.AcknowledgementBreached));
    }

    [Fact]
    public void EC06_acknowledging_after_two_working_days_is_flagged_as_a_breach()
    {
        // Received Monday 14 April 2025: acknowledge by Wednesday 16th; Thursday 17th is late.
        var c = Logged().On(new DateOnly(2025, 4, 17));

        c.Accepted();

        Assert.True(c.Complaint.AcknowledgementBreached);
    }

    [Fact]
    public void EC06_accepting_needs_a_caseworker_and_an_open_complaint()
    {
        var c = Logged();
        var before = c.Snapshot();

        Assert.IsType<Forbidden>(c.Complaint.AcceptAsValid(c.Sr, c.Today, Actors.TeamLeader, c.Now));
        Assert.IsType<Forbidden>(c.Complaint.AcceptAsValid(c.Sr, c.Today, Actors.WithRoles(StaffRoles.EscalatedComplaints), c.Now));
        Assert.Equal(before, c.Snapshot());

        c.Accepted();
        Assert.IsType<NotAllowedInState>(c.Complaint.AcceptAsValid(c.Sr, c.Today, Actors.Caseworker, c.Now));
    }

    [Fact]
    public void EC05_EC14_the_generic_status_actions_refuse_a_resolution_complaint()
    {
        var c = Logged();
        var before = c.Snapshot();

        Assert.IsType<NotAllowedInState>(c.Sr.ChangeStatus(ServiceRequestStatus.Closed, SubStatuses.Cancelled, Actors.TeamLeader, c.Now));
        Assert.IsType<NotAllowedInState>(c.Sr.ChangeStatus(ServiceRequestStatus.InProgress, null, Actors.Caseworker, c.Now));
        Assert.Equal(before, c.Snapshot());
    }
}
