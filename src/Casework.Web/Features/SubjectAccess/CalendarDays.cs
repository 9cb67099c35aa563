namespace Casework.Web.Features.SubjectAccess;

/// <summary>CAL-01, CON-05: a SAR is due 40 calendar days after receipt, so its rows count calendar days, never working days.</summary>
public static class CalendarDays
{
    /// <summary>"12 calendar days left", "due today", "3 calendar days overdue".</summary>
    public static string Left(int days) => days switch
    {
        0 => "due today",
        1 => "1 calendar day left",
        -1 => "1 calendar day overdue",
        < 0 => $"{-days} calendar days overdue",
        _ => $"{days} calendar days left",
    };
}
