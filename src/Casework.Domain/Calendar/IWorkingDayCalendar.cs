namespace Casework.Domain.Calendar;

/// <summary>
/// Working-day arithmetic for one UK region (CAL-01). A working day is Monday to Friday and not a
/// bank holiday of that region. Dates outside the supported years throw
/// <see cref="ArgumentOutOfRangeException"/> so that an unset <c>default(DateOnly)</c> fails loudly
/// instead of producing a plausible-looking deadline.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>
    /// The <paramref name="days"/>th working day strictly after <paramref name="from"/>.
    /// With <paramref name="days"/> = 0 it returns <paramref name="from"/> when that is a working day,
    /// otherwise the next working day — "the same working day" for something received at a weekend
    /// is the following Monday (or later, across a bank holiday).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    DateOnly AddWorkingDays(DateOnly from, int days, Region region);

    /// <summary>
    /// The number of working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>],
    /// so that <c>CountWorkingDays(d, AddWorkingDays(d, n)) == n</c> for n ≥ 1.
    /// When <paramref name="toInclusive"/> is before <paramref name="fromExclusive"/> the result is
    /// negative: minus the count of the reversed interval, which reads directly as "days overdue".
    /// </summary>
    int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive, Region region);

    /// <summary>True on Monday to Friday unless the date is a bank holiday in <paramref name="region"/>.</summary>
    bool IsWorkingDay(DateOnly date, Region region);

    /// <summary>
    /// The bank holidays of <paramref name="year"/> in <paramref name="region"/>, in date order, as
    /// observed: a holiday falling at a weekend appears as its substitute weekday.
    /// </summary>
    IReadOnlyList<DateOnly> BankHolidays(int year, Region region);
}
