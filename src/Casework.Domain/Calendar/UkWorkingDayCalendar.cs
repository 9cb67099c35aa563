using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Globalization;
using PublicHoliday;

namespace Casework.Domain.Calendar;

/// <summary>
/// <see cref="IWorkingDayCalendar"/> for England &amp; Wales, Scotland and Northern Ireland, using the
/// standing rules of the PublicHoliday package (including substitute days and regional holidays)
/// corrected by <see cref="OneOffHolidays"/>. Stateless apart from a process-wide cache, so one
/// instance can be shared as a singleton.
/// </summary>
public sealed class UkWorkingDayCalendar : IWorkingDayCalendar
{
    /// <summary>The early May bank holiday began in 1978; before that the rules modelled here do not hold.</summary>
    public const int FirstSupportedYear = 1978;

    /// <summary>Beyond gov.uk's published years the calendar is a projection of today's rules.</summary>
    public const int LastSupportedYear = 2099;

    // Holidays are facts about (year, region), not about an instance, so the cache is shared. A race in
    // GetOrAdd may build the same year twice; both results are equal, so that is harmless.
    private static readonly ConcurrentDictionary<(int Year, Region Region), YearHolidays> _cache = new();

    public DateOnly AddWorkingDays(DateOnly from, int days, Region region)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        EnsureSupported(from.Year, nameof(from));

        var date = from;
        if (days == 0)
        {
            while (!IsWorkingDay(date, region))
            {
                date = date.AddDays(1);
            }

            return date;
        }

        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, region))
            {
                days--;
            }
        }

        return date;
    }

    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive, Region region)
    {
        EnsureSupported(fromExclusive.Year, nameof(fromExclusive));
        EnsureSupported(toInclusive.Year, nameof(toInclusive));
        if (toInclusive < fromExclusive)
        {
            return -CountWorkingDays(toInclusive, fromExclusive, region);
        }

        var count = 0;
        for (var date = fromExclusive; date < toInclusive;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, region))
            {
                count++;
            }
        }

        return count;
    }

    public bool IsWorkingDay(DateOnly date, Region region)
    {
        EnsureSupported(date.Year, nameof(date));
        var holidays = Holidays(date.Year, region);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Lookup.Contains(date);
    }

    public IReadOnlyList<DateOnly> BankHolidays(int year, Region region)
    {
        EnsureSupported(year, nameof(year));
        return Holidays(year, region).Dates;
    }

    private static YearHolidays Holidays(int year, Region region)
    {
        if (!Enum.IsDefined(region))
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown region.");
        }

        return _cache.GetOrAdd((year, region), static key => Load(key.Year, key.Region));
    }

    private static YearHolidays Load(int year, Region region)
    {
        var country = region switch
        {
            Region.Scotland => UKBankHoliday.UkCountries.Scotland,
            Region.NorthernIreland => UKBankHoliday.UkCountries.NorthernIreland,
            _ => UKBankHoliday.UkCountries.England,
        };

        // A fresh package instance per load: it has a settable country, so sharing one would be a
        // needless thread-safety question.
        var dates = new UKBankHoliday(country).PublicHolidays(year)
            .Select(DateOnly.FromDateTime)
            .Where(date => date.Year == year)
            .ToHashSet();
        OneOffHolidays.Apply(year, region, dates);

        // Read-only wrapper: a caller casting the list back to an array must not corrupt the cache.
        var sorted = dates.Order().ToArray();
        return new YearHolidays(new ReadOnlyCollection<DateOnly>(sorted), sorted.ToFrozenSet());
    }

    private static void EnsureSupported(int year, string paramName)
    {
        if (year is < FirstSupportedYear or > LastSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                year,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Only the years {FirstSupportedYear}–{LastSupportedYear} have a bank holiday calendar."));
        }
    }

    private sealed record YearHolidays(IReadOnlyList<DateOnly> Dates, FrozenSet<DateOnly> Lookup);
}
