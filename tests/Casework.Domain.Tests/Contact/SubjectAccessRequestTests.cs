using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Tests.Builders;
using CsCheck;

namespace Casework.Domain.Tests.Contact;

/// <summary>CON-05 / CAL-01: a SAR is due 40 calendar days after receipt, goes to the subject access team, has no fee in Northern Ireland.</summary>
public sealed class SubjectAccessRequestTests
{
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-01-25", "2026-03-06")] // across February in a common year
    [InlineData("2024-01-25", "2024-03-05")] // across 29 February
    [InlineData("2023-12-01", "2024-01-10")] // across the year end
    [InlineData("2024-02-29", "2024-04-09")] // received on a leap day
    [InlineData("2025-11-22", "2026-01-01")] // lands on a bank holiday: calendar days ignore it
    public void CON05_due_forty_calendar_days_after_receipt(string received, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            SubjectAccessRequest.DueDate(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void CON05_due_date_is_always_forty_days_on_whatever_the_month() =>
        Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2090, 12, 31)].Sample(received =>
            SubjectAccessRequest.DueDate(received).DayNumber - received.DayNumber == 40);

    [Fact]
    public void CON05_a_logged_sar_goes_to_the_subject_access_team_with_its_deadline_and_rule()
    {
        var sar = Log(new DateOnly(2026, 2, 20), Region.EnglandAndWales).Value!;

        Assert.Equal("SUBJECT-ACCESS", sar.TeamCode);
        Assert.Equal("SUBJECT-ACCESS", sar.Owner.TeamCode);
        Assert.Equal(new DateOnly(2026, 4, 1), sar.Due.Date);
        Assert.Contains("40 calendar days", sar.Due.Rule, StringComparison.Ordinal);
        Assert.Equal(SubjectAccessStatus.Logged, sar.Status);
        Assert.Equal(30, sar.DaysLeft(new DateOnly(2026, 3, 2)));
        Assert.Equal("Subject access request logged", Assert.Single(sar.PendingAudit).Action);
    }

    [Theory]
    [InlineData(Region.NorthernIreland, false)]
    [InlineData(Region.EnglandAndWales, true)]
    [InlineData(Region.Scotland, true)]
    public void CON05_no_fee_in_northern_ireland(Region region, bool fee) =>
        Assert.Equal(fee, Log(new DateOnly(2026, 2, 20), region).Value!.FeeApplies);

    [Fact]
    public void CON05_a_sar_must_be_in_writing() =>
        Assert.IsType<RuleBroken>(SubjectAccessRequest.Log(new("SAR1", "700000001", new DateOnly(2026, 3, 1), false, Region.Scotland), Actors.Caseworker, _at).Refusal);

    [Fact]
    public void CON05_a_received_date_in_the_future_is_invalid() =>
        Assert.Contains("receivedOn", Assert.IsType<InvalidInput>(Log(new DateOnly(2026, 3, 3), Region.Scotland).Refusal).Errors.Keys);

    [Fact]
    public void CON05_only_the_subject_access_team_completes_a_sar_and_only_once()
    {
        var sar = Log(new DateOnly(2026, 2, 20), Region.Scotland).Value!;
        var team = Actors.Staff("SA001", "Sid Access", "SUBJECT-ACCESS", StaffRoles.SubjectAccess);

        Assert.IsType<Forbidden>(sar.Complete(Actors.Caseworker, _at));
        Assert.Null(sar.Complete(team, _at));
        Assert.IsType<NotAllowedInState>(sar.Complete(team, _at));
        Assert.Equal(SubjectAccessStatus.Completed, sar.Status);
    }

    private static Result<SubjectAccessRequest> Log(DateOnly received, Region region) =>
        SubjectAccessRequest.Log(new("SAR1", "700000001", received, true, region), Actors.Caseworker, _at);
}
