using System.Globalization;
using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Calendar;

public sealed record WorkingDateDto(DateOnly Date, string Rule);

/// <summary>GET /api/calendar/working-days/add (CAL-01).</summary>
public static class CalendarEndpoints
{
    public static void MapCalendar(this IEndpointRouteBuilder api)
    {
        api.MapGet("/calendar/working-days/add", (string? from, string? days, string? region, IWorkingDayCalendar calendar) =>
        {
            var validation = new Validation()
                .Check(DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start), "from", "Enter the start date as yyyy-MM-dd.")
                .Check(int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 1000, "days", "Enter a whole number of working days from 0 to 1000.")
                .Enum<Region>("region", region, required: true, "Choose a region");
            if (!validation.IsValid)
            {
                return validation.ToRefusal().ToProblem();
            }

            var r = Validation.ParseEnum<Region>(region!);
            // Compared as day numbers: DateOnly.AddDays past 9999-12-31 throws, and that must be a 400, not a 500.
            if (start.Year < UkWorkingDayCalendar.FirstSupportedYear
                || start.DayNumber + (count * 2) + 14 > new DateOnly(UkWorkingDayCalendar.LastSupportedYear, 12, 31).DayNumber)
            {
                return InvalidInput.For("from", $"The calendar covers {UkWorkingDayCalendar.FirstSupportedYear} to {UkWorkingDayCalendar.LastSupportedYear}.").ToProblem();
            }

            var date = calendar.AddWorkingDays(start, count, r);
            return TypedResults.Ok(new WorkingDateDto(date, $"{count} working days after {start:yyyy-MM-dd} ({r} bank holidays)"));
        });
    }
}
