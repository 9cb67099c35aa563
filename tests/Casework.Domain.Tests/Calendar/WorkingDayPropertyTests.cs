using Casework.Domain.Calendar;
using CsCheck;

namespace Casework.Domain.Tests.Calendar;

public sealed class WorkingDayPropertyTests
{
    private static readonly UkWorkingDayCalendar _calendar = new();

    // Starts leave a year of headroom below LastSupportedYear for the largest step.
    private static readonly Gen<DateOnly> _start = Gen.DateOnly[new DateOnly(2015, 1, 1), new DateOnly(2034, 12, 31)];
    private static readonly Gen<Region> _region = Gen.Enum<Region>();

    [Fact]
    public void CAL01_counting_up_to_the_nth_working_day_gives_n_and_lands_on_a_working_day() =>
        Gen.Select(_start, Gen.Int[1, 260], _region).Sample((from, n, region) =>
        {
            var due = _calendar.AddWorkingDays(from, n, region);
            return _calendar.IsWorkingDay(due, region)
                && _calendar.CountWorkingDays(from, due, region) == n
                && _calendar.CountWorkingDays(due, from, region) == -n
                && _calendar.CountWorkingDays(from, due.AddDays(-1), region) == n - 1;
        });

    [Fact]
    public void CAL01_adding_in_two_steps_equals_adding_at_once() =>
        Gen.Select(_start, Gen.Int[1, 60], Gen.Int[1, 60], _region).Sample((from, a, b, region) =>
            _calendar.AddWorkingDays(_calendar.AddWorkingDays(from, a, region), b, region)
                == _calendar.AddWorkingDays(from, a + b, region));

    [Fact]
    public void CAL01_adding_zero_rolls_forward_to_the_first_working_day_on_or_after_the_date() =>
        Gen.Select(_start, _region).Sample((from, region) =>
        {
            var rolled = _calendar.AddWorkingDays(from, 0, region);
            return _calendar.IsWorkingDay(rolled, region)
                && rolled >= from
                && (rolled == from) == _calendar.IsWorkingDay(from, region)
                && (rolled == from || _calendar.CountWorkingDays(from, rolled.AddDays(-1), region) == 0);
        });
}
