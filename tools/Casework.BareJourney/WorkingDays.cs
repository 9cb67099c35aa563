using System.Collections.Concurrent;
using PublicHoliday;

namespace Casework.BareJourney;

/// <summary>Working days with UK bank holidays per nation (the PublicHoliday package, as the app's calendar uses).</summary>
public static class WorkingDays
{
    private static readonly ConcurrentDictionary<(int Year, string Region), HashSet<DateOnly>> _holidays = new();

    public static DateOnly Add(DateOnly from, int days, string region)
    {
        var date = from;
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays(date.Year, region).Contains(date))
            {
                left--;
            }
        }

        return date;
    }

    public static string RegionName(string region) => region switch
    {
        "Scotland" => "Scotland",
        "NorthernIreland" => "Northern Ireland",
        _ => "England and Wales",
    };

    private static HashSet<DateOnly> Holidays(int year, string region) => _holidays.GetOrAdd((year, region), static key =>
    {
        var country = key.Region switch
        {
            "Scotland" => UKBankHoliday.UkCountries.Scotland,
            "NorthernIreland" => UKBankHoliday.UkCountries.NorthernIreland,
            _ => UKBankHoliday.UkCountries.England,
        };
        return [.. new UKBankHoliday(country).PublicHolidays(key.Year).Select(DateOnly.FromDateTime)];
    });
}
