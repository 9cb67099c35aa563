using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>
/// EC-06/07/08: 2 working days to acknowledge, 20 to close (19 once the team leader approves), a 7-day wait — each
/// with the rule that produced it, counted in the employer's region across its bank holidays (dates worked by hand).
/// </summary>
public sealed class ComplaintDeadlineTests
{
    private static readonly Actor _system = new("SYSTEM", "Casework deadline job", string.Empty, new HashSet<string>());

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    // Monday 14 April 2025: Good Friday 18th everywhere, Easter Monday 21st not in Scotland, early May holiday 5 May.
    [InlineData(Region.EnglandAndWales, 2025, 4, 14, "2025-04-16", "2025-05-15", "2025-05-14")]
    [InlineData(Region.Scotland, 2025, 4, 14, "2025-04-16", "2025-05-14", "2025-05-13")]
    [InlineData(Region.NorthernIreland, 2025, 4, 14, "2025-04-16", "2025-05-15", "2025-05-14")]
    // Tuesday 23 December 2025: Christmas, Boxing Day and New Year; Scotland also keeps 2 January.
    [InlineData(Region.EnglandAndWales, 2025, 12, 23, "2025-12-29", "2026-01-23", "2026-01-22")]
    [InlineData(Region.Scotland, 2025, 12, 23, "2025-12-29", "2026-01-26", "2026-01-23")]
    public void EC06_EC08_deadlines_count_working_days_of_receipt_in_the_employers_region(
        Region region, int year, int month, int day, string acknowledgeBy, string closeBy, string closeByAfterApproval)
    {
        var received = D(year, month, day);

        Assert.Equal(DateOnly.Parse(acknowledgeBy, System.Globalization.CultureInfo.InvariantCulture), ComplaintDeadlines.AcknowledgeBy(received, region, WorkingDays).Date);
        Assert.Equal(DateOnly.Parse(closeBy, System.Globalization.CultureInfo.InvariantCulture), ComplaintDeadlines.CloseBy(received, region, WorkingDays).Date);
        Assert.Equal(DateOnly.Parse(closeByAfterApproval, System.Globalization.CultureInfo.InvariantCulture), ComplaintDeadlines.CloseByAfterApproval(received, region, WorkingDays).Date);
    }

    [Fact]
    public void EC06_EC08_a_logged_complaint_carries_each_deadline_with_its_rule()
    {
        var c = Logged(region: Region.Scotland);

        Assert.Equal(D(2025, 4, 16), c.Complaint.AcknowledgeBy);
        Assert.Equal("2 working days of receipt (2025-04-14), Scotland bank holidays", c.Complaint.AcknowledgeRule);
        Assert.Equal(D(2025, 5, 14), c.Complaint.CloseBy);
        Assert.Equal("20 working days of receipt (2025-04-14), Scotland bank holidays", c.Complaint.CloseRule);
        Assert.Equal((c.Complaint.CloseBy, c.Complaint.CloseRule), (c.Sr.TargetDate, c.Sr.TargetRule));
    }

    [Theory]
    [InlineData(Region.EnglandAndWales, "2025-04-25", "England and Wales")]
    [InlineData(Region.Scotland, "2025-04-24", "Scotland")] // no Easter Monday
    public void EC07_the_wait_is_seven_working_days_after_the_plan_letter_in_the_region(Region region, string until, string regionName)
    {
        var c = InProgress(region).WithLine().IssuedByLetter();

        Assert.Equal(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), c.Complaint.WaitUntil);
        Assert.Equal($"7 working days after the plan letter (2025-04-14), {regionName} bank holidays", c.Complaint.WaitRule);
    }

    [Fact]
    public void EC08_once_the_team_leader_approves_the_close_target_becomes_19_working_days_of_receipt()
    {
        var c = InProgress().WithRedress(100m).Submitted().ApprovedByTeamLeader();

        Assert.Equal(D(2025, 5, 14), c.Complaint.CloseBy);
        Assert.Equal("19 working days of receipt, as the team leader approved the plan (2025-04-14), England and Wales bank holidays", c.Complaint.CloseRule);
        Assert.Equal((c.Complaint.CloseBy, c.Complaint.CloseRule), (c.Sr.TargetDate, c.Sr.TargetRule));
    }

    [Fact]
    public void EC08_a_team_leader_rejection_leaves_the_20_day_target()
    {
        var c = InProgress().WithRedress(100m).Submitted().RejectedByTeamLeader();

        Assert.Equal(D(2025, 5, 15), c.Complaint.CloseBy);
        Assert.StartsWith("20 working days", c.Sr.TargetRule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 4, 14, 20)]
    [InlineData(2025, 4, 17, 17)] // Thursday: Good Friday and Easter Monday are not counted
    [InlineData(2025, 5, 15, 0)]
    [InlineData(2025, 5, 16, -1)]
    [InlineData(2025, 5, 18, -1)] // a Sunday: still one working day overdue
    [InlineData(2025, 5, 19, -2)]
    public void EC08_days_left_count_working_days_to_the_close_target_and_go_negative_when_overdue(int year, int month, int day, int left) =>
        Assert.Equal(left, Logged().Complaint.DaysLeft(D(year, month, day), WorkingDays));

    [Fact]
    public void EC06_EC08_breaches_are_flagged_once_the_day_after_each_deadline_with_the_rule_in_the_audit()
    {
        var c = Logged();

        Assert.False(c.Complaint.FlagBreaches(closed: false, D(2025, 4, 16), _system, c.Now));
        Assert.True(c.Complaint.FlagBreaches(closed: false, D(2025, 4, 17), _system, c.Now));
        Assert.Equal((true, false), (c.Complaint.AcknowledgementBreached, c.Complaint.CloseBreached));
        Assert.Equal("2 working days of receipt (2025-04-14), England and Wales bank holidays", c.Complaint.PendingAudit[^1].Before);

        Assert.False(c.Complaint.FlagBreaches(closed: false, D(2025, 5, 15), _system, c.Now));
        Assert.True(c.Complaint.FlagBreaches(closed: false, D(2025, 5, 16), _system, c.Now));
        Assert.Equal((true, true), (c.Complaint.AcknowledgementBreached, c.Complaint.CloseBreached));
        Assert.False(c.Complaint.FlagBreaches(closed: false, D(2025, 6, 16), _system, c.Now));
    }

    [Fact]
    public void EC06_an_acknowledged_or_closed_complaint_is_not_flagged_for_acknowledgement()
    {
        var acknowledged = InProgress();
        Assert.False(acknowledged.Complaint.FlagBreaches(closed: false, D(2025, 4, 30), _system, acknowledged.Now));

        var closed = Logged();
        Assert.False(closed.Complaint.FlagBreaches(closed: true, D(2025, 6, 30), _system, closed.Now));
        Assert.Equal((false, false), (closed.Complaint.AcknowledgementBreached, closed.Complaint.CloseBreached));
    }

    [Fact]
    public void EC08_closing_after_the_target_records_the_breach_and_closing_on_it_does_not()
    {
        var late = InProgress().WithLine().IssuedByPhone().EmployerAgrees().AllLinesDone().On(D(2025, 5, 16)).Closed();
        var onTime = InProgress().WithLine().IssuedByPhone().EmployerAgrees().AllLinesDone().On(D(2025, 5, 15)).Closed();

        Assert.True(late.Complaint.CloseBreached);
        Assert.False(onTime.Complaint.CloseBreached);
    }
}
