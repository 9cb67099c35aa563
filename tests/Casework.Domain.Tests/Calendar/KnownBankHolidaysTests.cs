using System.Globalization;
using Casework.Domain.Calendar;

namespace Casework.Domain.Tests.Calendar;

/// <summary>
/// Bank holidays as published on gov.uk/bank-holidays, typed in independently of the package so
/// that a package upgrade that changes a date fails here.
/// </summary>
public sealed class KnownBankHolidaysTests
{
    private readonly UkWorkingDayCalendar _calendar = new();

    public static TheoryData<Region, int, string> GovUkBankHolidays => new()
    {
        { Region.EnglandAndWales, 2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26" },
        { Region.EnglandAndWales, 2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28" },
        { Region.EnglandAndWales, 2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28" },
        { Region.EnglandAndWales, 2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27" },
        { Region.EnglandAndWales, 2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26" },
        { Region.EnglandAndWales, 2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26" },
        { Region.EnglandAndWales, 2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26" },
        { Region.EnglandAndWales, 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28" },

        { Region.Scotland, 2019, "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26" },
        { Region.Scotland, 2020, "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28" },
        { Region.Scotland, 2021, "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28" },
        { Region.Scotland, 2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27" },
        { Region.Scotland, 2023, "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26" },
        { Region.Scotland, 2024, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26" },
        { Region.Scotland, 2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26" },
        { Region.Scotland, 2026, "01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28" },

        { Region.NorthernIreland, 2019, "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26" },
        { Region.NorthernIreland, 2020, "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28" },
        { Region.NorthernIreland, 2021, "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28" },
        { Region.NorthernIreland, 2022, "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27" },
        { Region.NorthernIreland, 2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26" },
        { Region.NorthernIreland, 2024, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26" },
        { Region.NorthernIreland, 2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26" },
        { Region.NorthernIreland, 2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28" },
    };

    public static TheoryData<Region, int> SupportedRange()
    {
        var data = new TheoryData<Region, int>();
        foreach (var region in Enum.GetValues<Region>())
        {
            for (var year = 2015; year <= 2035; year++)
            {
                data.Add(region, year);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GovUkBankHolidays))]
    public void CAL01_bank_holidays_match_gov_uk(Region region, int year, string monthDays)
    {
        var expected = monthDays
            .Split(' ')
            .Select(md => DateOnly.ParseExact($"{year}-{md}", "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToArray();

        Assert.Equal(expected, _calendar.BankHolidays(year, region));
    }

    [Theory]
    [MemberData(nameof(SupportedRange))]
    public void CAL01_bank_holidays_are_distinct_weekdays_of_the_year_in_date_order(Region region, int year)
    {
        var holidays = _calendar.BankHolidays(year, region);

        Assert.InRange(holidays.Count, 8, 12);
        Assert.All(holidays, d => Assert.Equal(year, d.Year));
        Assert.All(holidays, d => Assert.False(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, d.ToString("O", CultureInfo.InvariantCulture)));
        Assert.Equal(holidays.Order().Distinct(), holidays);
    }

    [Theory]
    [MemberData(nameof(SupportedRange))]
    public void CAL01_summer_bank_holiday_is_first_monday_of_august_in_scotland_and_last_elsewhere(Region region, int year)
    {
        var august = _calendar.BankHolidays(year, region).Where(d => d.Month == 8).ToArray();

        var expected = region == Region.Scotland
            ? Enumerable.Range(1, 7).Select(day => new DateOnly(year, 8, day)).Single(d => d.DayOfWeek == DayOfWeek.Monday)
            : Enumerable.Range(25, 7).Select(day => new DateOnly(year, 8, day)).Single(d => d.DayOfWeek == DayOfWeek.Monday);
        Assert.Equal([expected], august);
    }

    [Theory]
    [MemberData(nameof(SupportedRange))]
    public void CAL01_good_friday_everywhere_and_easter_monday_except_in_scotland(Region region, int year)
    {
        var easter = EasterSunday(year);

        Assert.False(_calendar.IsWorkingDay(easter.AddDays(-2), region));
        Assert.Equal(region == Region.Scotland, _calendar.IsWorkingDay(easter.AddDays(1), region));
    }

    // Anonymous Gregorian computus (Meeus/Jones/Butcher), so the test does not lean on the package's Easter.
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
