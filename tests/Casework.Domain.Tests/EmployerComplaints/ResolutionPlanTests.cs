using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-07: building the resolution plan, issuing it to the employer, and the seven-working-day wait.</summary>
public sealed class ResolutionPlanTests
{
    private static readonly Actor _system = new("SYSTEM", "Casework deadline job", string.Empty, new HashSet<string>());

    [Fact]
    public void EC07_lines_are_numbered_in_order_with_their_resolution_type_and_payment()
    {
        var c = InProgress();

        var first = c.AddLine();
        var second = c.AddLine(Refund(120.50m, holdToOffset: true), "Refund", "Refund the second deduction");

        Assert.Equal((1, 2), (first, second));
        var line = c.Complaint.Lines[1];
        Assert.Equal(("Refund", "Refund the second deduction", PlanLineStatus.Open, 1), (line.ResolutionType, line.Description, line.Status, line.AddedInRevision));
        Assert.Equal(new FinancialComponent(FinancialKind.Refund, 120.50m, true, "Receipts"), line.Financial);
        Assert.False(c.Complaint.HasRedress);
    }

    [Theory]
    [InlineData(" ", "Apologise", "resolutionType")]
    [InlineData("Apology", "", "description")]
    public void EC07_a_line_needs_a_resolution_type_and_a_description(string type, string description, string field)
    {
        var c = InProgress();
        var before = c.Snapshot();

        Assert.Contains(field, Assert.IsType<InvalidInput>(c.TryAddLine(type: type, description: description).Refusal).Errors.Keys);
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC07_only_a_caseworker_adds_lines_and_only_while_the_complaint_is_in_progress()
    {
        var open = Logged();
        Assert.IsType<NotAllowedInState>(open.TryAddLine().Refusal);

        var c = InProgress();
        var before = c.Snapshot();
        Assert.IsType<Forbidden>(c.Complaint.AddLine(c.Sr, "Apology", "Apologise", null, RedressLimits.Default, Actors.TeamLeader, c.Now).Refusal);
        Assert.Equal(before, c.Snapshot());

        c.WithLine().IssuedByLetter();
        Assert.IsType<NotAllowedInState>(c.TryAddLine().Refusal);
    }

    [Fact]
    public void EC07_an_open_line_is_withdrawn_and_kept_in_the_history()
    {
        var c = InProgress().WithLine().WithLine(description: "Correct the schedule");

        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 1, Actors.Caseworker, c.Now));

        Assert.Equal(PlanLineStatus.Withdrawn, c.Complaint.Lines[0].Status);
        Assert.Equal([2], c.Complaint.ActiveLines.Select(l => l.Number));
        Assert.Equal(2, c.Complaint.Lines.Count);
    }

    [Fact]
    public void EC07_withdrawing_an_unknown_withdrawn_or_done_line_is_refused()
    {
        var c = InProgress().WithLine().WithLine().IssuedByPhone().EmployerAgrees().LineDone(1);
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 2, Actors.Caseworker, c.Now));
        var before = c.Snapshot();

        Assert.IsType<NotFound>(c.Complaint.WithdrawLine(c.Sr, 3, Actors.Caseworker, c.Now));
        Assert.IsType<NotAllowedInState>(c.Complaint.WithdrawLine(c.Sr, 2, Actors.Caseworker, c.Now));
        Assert.IsType<NotAllowedInState>(c.Complaint.WithdrawLine(c.Sr, 1, Actors.Caseworker, c.Now));
        Assert.IsType<Forbidden>(c.Complaint.WithdrawLine(c.Sr, 1, Actors.TeamLeader, c.Now));
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC07_a_plan_without_lines_cannot_be_issued()
    {
        var c = InProgress();
        var before = c.Snapshot();

        Assert.IsType<RuleBroken>(c.TryIssue(reachedByPhone: false));
        c.WithLine();
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 1, Actors.Caseworker, c.Now));
        Assert.IsType<RuleBroken>(c.TryIssue(reachedByPhone: true));
        Assert.Equal(before.Sr.Status, c.Sr.Status);
    }

    [Fact]
    public void EC07_a_plan_discussed_by_phone_is_sealed_and_the_complaint_stays_in_progress()
    {
        var c = InProgress().WithLine().IssuedByPhone();

        Assert.Equal(ServiceRequestStatus.InProgress, c.Sr.Status);
        Assert.True(c.Complaint.RevisionSealed);
        Assert.False(c.Complaint.IssuePlanFlag);
        Assert.Null(c.Complaint.WaitUntil);
        var revision = Assert.Single(c.Complaint.Revisions);
        Assert.Equal((1, "1. Apology: Apologise for the error"), (revision.Number, revision.Lines));
    }

    [Fact]
    public void EC07_a_plan_sent_by_letter_sets_issue_plan_and_waits_seven_working_days()
    {
        // Issued Monday 14 April 2025 in England: Good Friday and Easter Monday push the seventh working day to Friday 25th.
        var c = InProgress().WithLine().IssuedByLetter();

        Assert.Equal((ServiceRequestStatus.Wait, SubStatuses.Wait), (c.Sr.Status, c.Sr.SubStatus));
        Assert.True(c.Complaint.IssuePlanFlag);
        Assert.Equal(new DateOnly(2025, 4, 25), c.Complaint.WaitUntil);
        Assert.Equal("7 working days after the plan letter (2025-04-14), England and Wales bank holidays", c.Complaint.WaitRule);
        Assert.Contains("CMSL8501", Assert.Single(c.Complaint.Revisions).Event, StringComparison.Ordinal);
    }

    [Fact]
    public void EC07_the_wait_does_not_end_before_the_seventh_working_day_and_nothing_changes()
    {
        var c = InProgress().WithLine().IssuedByLetter().On(new DateOnly(2025, 4, 24));
        var before = c.Snapshot();

        Assert.False(c.Complaint.EndWaitIfExpired(c.Sr, c.Today, _system, c.Now));

        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC07_after_seven_working_days_without_a_reply_the_plan_is_progressed_as_issued()
    {
        var c = InProgress().WithLine().IssuedByLetter().On(new DateOnly(2025, 4, 25));

        Assert.True(c.Complaint.EndWaitIfExpired(c.Sr, c.Today, _system, c.Now));

        Assert.Equal((ServiceRequestStatus.InProgress, SubStatuses.InProgress), (c.Sr.Status, c.Sr.SubStatus));
        Assert.Equal((null, null), (c.Complaint.WaitUntil, c.Complaint.WaitRule));
        Assert.True(c.Sr.Activities.Single(a => a.Number == EmployerComplaint.Activities.AgreePlan).Done);
        Assert.Contains("2025-04-25", Assert.Single(c.Sr.Notes).Text, StringComparison.Ordinal);
        Assert.Null(c.Complaint.EmployerAgrees);

        c.AllLinesDone().Closed();
        Assert.Equal(ServiceRequestStatus.Closed, c.Sr.Status);
    }

    [Fact]
    public void EC07_the_wait_job_leaves_a_complaint_that_is_not_waiting_alone()
    {
        var c = InProgress().WithLine().IssuedByLetter().EmployerAgrees().Later(days: 30);
        var before = c.Snapshot();

        Assert.False(c.Complaint.EndWaitIfExpired(c.Sr, c.Today, _system, c.Now));

        Assert.Equal(before, c.Snapshot());
    }
}
