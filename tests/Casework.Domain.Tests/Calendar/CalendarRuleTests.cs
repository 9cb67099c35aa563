using System.Globalization;
using Casework.Domain.Calendar;

namespace Casework.Domain.Tests.Calendar;

public sealed class CalendarRuleTests
{
    private readonly UkWorkingDayCalendar _calendar = new();

    [Theory]
    [InlineData(Region.EnglandAndWales)]
    [InlineData(Region.Scotland)]
    [InlineData(Region.NorthernIreland)]
    public void CAL01_coronation_2023_is_not_a_working_day_in_all_regions(Region region) =>
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2023, 5, 8), region));

    [Theory]
    [InlineData(Region.EnglandAndWales)]
    [InlineData(Region.Scotland)]
    [InlineData(Region.NorthernIreland)]
    public void CAL01_state_funeral_2022_is_not_a_working_day_in_all_regions(Region region) =>
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2022, 9, 19), region));

    [Theory]
    [InlineData(Region.EnglandAndWales)]
    [InlineData(Region.Scotland)]
    [InlineData(Region.NorthernIreland)]
    public void CAL01_platinum_jubilee_2022_moves_spring_bank_holiday_to_2_june_and_adds_3_june(Region region)
    {
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2022, 5, 30), region));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2022, 6, 2), region));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2022, 6, 3), region));
    }

    [Theory]
    [InlineData(Region.EnglandAndWales)]
    [InlineData(Region.Scotland)]
    [InlineData(Region.NorthernIreland)]
    public void CAL01_ve_day_2020_moves_early_may_bank_holiday_to_friday_8_may(Region region)
    {
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2020, 5, 4), region));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2020, 5, 8), region));
    }

    [Theory]
    [InlineData(Region.EnglandAndWales, true)]
    [InlineData(Region.Scotland, false)]
    [InlineData(Region.NorthernIreland, true)]
    public void CAL01_world_cup_2026_is_a_bank_holiday_in_scotland_only(Region region, bool working) =>
        Assert.Equal(working, _calendar.IsWorkingDay(new DateOnly(2026, 6, 15), region));

    [Theory]
    [InlineData(Region.EnglandAndWales)]
    [InlineData(Region.Scotland)]
    [InlineData(Region.NorthernIreland)]
    public void CAL01_christmas_and_boxing_day_at_a_weekend_are_substituted_on_27_and_28_december(Region region)
    {
        // 2021: Christmas Saturday, Boxing Day Sunday. 2022: Christmas Sunday, Boxing Day Monday.
        Assert.Contains(new DateOnly(2021, 12, 27), _calendar.BankHolidays(2021, region));
        Assert.Contains(new DateOnly(2021, 12, 28), _calendar.BankHolidays(2021, region));
        Assert.Contains(new DateOnly(2022, 12, 26), _calendar.BankHolidays(2022, region));
        Assert.Contains(new DateOnly(2022, 12, 27), _calendar.BankHolidays(2022, region));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2022, 12, 28), region));
    }

    [Theory]
    [InlineData(2021, "2021-01-04")] // 2 Jan Saturday
    [InlineData(2022, "2022-01-04")] // 1 Jan Saturday, 2 Jan Sunday: 3rd and 4th
    [InlineData(2023, "2023-01-03")] // 1 Jan Sunday takes the 2nd, so the 2nd moves to the 3rd
    public void CAL01_second_of_january_is_a_scottish_bank_holiday_with_substitutes(int year, string substitute)
    {
        var date = DateOnly.Parse(substitute, CultureInfo.InvariantCulture);

        Assert.False(_calendar.IsWorkingDay(date, Region.Scotland));
        Assert.True(_calendar.IsWorkingDay(date, Region.EnglandAndWales));
        Assert.True(_calendar.IsWorkingDay(date, Region.NorthernIreland));
        Assert.Equal(year, date.Year);
    }

    [Theory]
    [InlineData("2019-12-02")] // 30 Nov Saturday
    [InlineData("2024-12-02")] // Saturday
    [InlineData("2025-12-01")] // Sunday
    [InlineData("2023-11-30")] // Thursday, no substitute needed
    public void CAL01_st_andrews_day_is_a_scottish_bank_holiday_with_substitutes(string observed)
    {
        var date = DateOnly.Parse(observed, CultureInfo.InvariantCulture);

        Assert.False(_calendar.IsWorkingDay(date, Region.Scotland));
        Assert.True(_calendar.IsWorkingDay(date, Region.EnglandAndWales));
        Assert.True(_calendar.IsWorkingDay(date, Region.NorthernIreland));
    }

    [Theory]
    [InlineData("2019-03-18")] // St Patrick's Day, 17 Mar Sunday
    [InlineData("2024-03-18")] // Sunday
    [InlineData("2023-03-17")] // Friday
    [InlineData("2020-07-13")] // Battle of the Boyne, 12 Jul Sunday
    [InlineData("2025-07-14")] // Saturday
    [InlineData("2023-07-12")] // Wednesday
    public void CAL01_st_patricks_day_and_battle_of_the_boyne_are_northern_irish_bank_holidays_with_substitutes(string observed)
    {
        var date = DateOnly.Parse(observed, CultureInfo.InvariantCulture);

        Assert.False(_calendar.IsWorkingDay(date, Region.NorthernIreland));
        Assert.True(_calendar.IsWorkingDay(date, Region.EnglandAndWales));
        Assert.True(_calendar.IsWorkingDay(date, Region.Scotland));
    }

    [Theory]
    [InlineData("2024-06-15")] // Saturday
    [InlineData("2024-06-16")] // Sunday
    public void CAL01_weekends_are_not_working_days(string weekend)
    {
        var date = DateOnly.Parse(weekend, CultureInfo.InvariantCulture);

        Assert.All(Enum.GetValues<Region>(), region => Assert.False(_calendar.IsWorkingDay(date, region)));
        Assert.True(_calendar.IsWorkingDay(date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? 2 : 1), Region.EnglandAndWales));
    }

    [Fact]
    public void CAL01_an_unset_date_or_a_year_outside_the_calendar_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.IsWorkingDay(default, Region.EnglandAndWales));
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.BankHolidays(UkWorkingDayCalendar.LastSupportedYear + 1, Region.Scotland));
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.CountWorkingDays(default, new DateOnly(2024, 1, 1), Region.Scotland));
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.IsWorkingDay(new DateOnly(2024, 1, 1), (Region)99));
    }

    [Fact]
    public void CAL01_the_holiday_list_handed_out_cannot_change_the_cache()
    {
        var holidays = _calendar.BankHolidays(2024, Region.EnglandAndWales);

        Assert.False(holidays is DateOnly[]);
        Assert.True(holidays is ICollection<DateOnly> { IsReadOnly: true });
    }
}
