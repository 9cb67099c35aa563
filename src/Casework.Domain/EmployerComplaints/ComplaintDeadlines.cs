using Casework.Domain.Calendar;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>CAL-02: each complaint deadline with the rule that produced it, in the employer's region's working days.</summary>
public static class ComplaintDeadlines
{
    public const int AcknowledgeDays = 2;
    public const int CloseDays = 20;
    public const int CloseDaysAfterApproval = 19;
    public const int WaitDays = 7;

    /// <summary>EC-06: CMSL8500 goes out within two working days of receipt.</summary>
    public static Deadline AcknowledgeBy(DateOnly receivedOn, Region region, IWorkingDayCalendar calendar) =>
        After(receivedOn, AcknowledgeDays, "of receipt", region, calendar);

    /// <summary>EC-08: close within 20 working days of receipt.</summary>
    public static Deadline CloseBy(DateOnly receivedOn, Region region, IWorkingDayCalendar calendar) =>
        After(receivedOn, CloseDays, "of receipt", region, calendar);

    /// <summary>EC-08: 19 working days of receipt once a team leader has approved the plan (procedure 000, step 32).</summary>
    public static Deadline CloseByAfterApproval(DateOnly receivedOn, Region region, IWorkingDayCalendar calendar) =>
        After(receivedOn, CloseDaysAfterApproval, "of receipt, as the team leader approved the plan", region, calendar);

    /// <summary>EC-07: after CMSL8501 the SR waits seven working days for the employer's reply.</summary>
    public static Deadline WaitUntil(DateOnly issuedOn, Region region, IWorkingDayCalendar calendar) =>
        After(issuedOn, WaitDays, "after the plan letter", region, calendar);

    private static Deadline After(DateOnly from, int days, string what, Region region, IWorkingDayCalendar calendar) =>
        new(calendar.AddWorkingDays(from, days, region),
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{days} working days {what} ({from:yyyy-MM-dd}), {RegionName(region)} bank holidays"));

    private static string RegionName(Region region) => region switch
    {
        Region.Scotland => "Scotland",
        Region.NorthernIreland => "Northern Ireland",
        _ => "England and Wales",
    };
}
