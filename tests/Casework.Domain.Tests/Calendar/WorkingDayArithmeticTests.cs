using System.Globalization;
using Casework.Domain.Calendar;

namespace Casework.Domain.Tests.Calendar;

public sealed class WorkingDayArithmeticTests
{
    private readonly UkWorkingDayCalendar _calendar = new();

    [Theory]
    [InlineData(Region.EnglandAndWales, "2023-05-05", 2, "2023-05-10")] // Mon 8 May coronation
    [InlineData(Region.EnglandAndWales, "2022-12-23", 1, "2022-12-28")] // 26, 27 Dec
    [InlineData(Region.Scotland, "2022-12-23", 1, "2022-12-28")]
    [InlineData(Region.EnglandAndWales, "2021-12-31", 1, "2022-01-04")] // Mon 3 Jan substitute
    [InlineData(Region.Scotland, "2021-12-31", 1, "2022-01-05")] // and Tue 4 Jan for the 2nd
    [InlineData(Region.EnglandAndWales, "2025-07-11", 1, "2025-07-14")]
    [InlineData(Region.NorthernIreland, "2025-07-11", 1, "2025-07-15")] // Boyne substitute Mon 14 Jul
    [InlineData(Region.EnglandAndWales, "2025-11-28", 1, "2025-12-01")]
    [InlineData(Region.Scotland, "2025-11-28", 1, "2025-12-02")] // St Andrew's substitute Mon 1 Dec
    [InlineData(Region.EnglandAndWales, "2022-06-01", 1, "2022-06-06")] // jubilee Thu + Fri
    [InlineData(Region.EnglandAndWales, "2023-04-03", 20, "2023-05-04")] // across Easter and early May
    [InlineData(Region.Scotland, "2023-04-03", 20, "2023-05-03")] // no Easter Monday in Scotland
    [InlineData(Region.EnglandAndWales, "2023-05-15", 0, "2023-05-15")] // 0 from a working day: itself
    [InlineData(Region.EnglandAndWales, "2023-05-06", 0, "2023-05-09")] // 0 from Saturday: skips coronation Monday
    [InlineData(Region.EnglandAndWales, "2024-06-15", 1, "2024-06-17")] // from a Saturday: Monday
    public void CAL01_adding_working_days_skips_weekends_and_the_regions_bank_holidays(
        Region region, string from, int days, string expected) =>
        Assert.Equal(Date(expected), _calendar.AddWorkingDays(Date(from), days, region));

    [Fact]
    public void CAL01_adding_a_negative_number_of_working_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(Date("2024-01-02"), -1, Region.Scotland));

    [Theory]
    [InlineData(Region.EnglandAndWales, "2022-12-23", "2022-12-28", 1)]
    [InlineData(Region.EnglandAndWales, "2023-05-05", "2023-05-10", 2)]
    [InlineData(Region.EnglandAndWales, "2023-05-10", "2023-05-05", -2)] // reversed: minus, "days overdue"
    [InlineData(Region.EnglandAndWales, "2023-05-08", "2023-05-08", 0)]
    [InlineData(Region.EnglandAndWales, "2023-05-06", "2023-05-08", 0)] // weekend and coronation
    [InlineData(Region.EnglandAndWales, "2022-12-31", "2023-12-31", 251)] // 260 weekdays - 9 holidays
    [InlineData(Region.Scotland, "2022-12-31", "2023-12-31", 250)] // 260 - 10
    [InlineData(Region.NorthernIreland, "2022-12-31", "2023-12-31", 249)] // 260 - 11
    public void CAL01_counting_working_days_excludes_the_start_and_includes_the_end(
        Region region, string fromExclusive, string toInclusive, int expected) =>
        Assert.Equal(expected, _calendar.CountWorkingDays(Date(fromExclusive), Date(toInclusive), region));

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
