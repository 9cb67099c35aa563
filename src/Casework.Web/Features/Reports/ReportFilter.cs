using System.Globalization;
using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Reports;

/// <summary>
/// RPT-05: what every report is filtered by — dates of receipt (complaints) or creation (SRs) from and to, both
/// inclusive, and optionally the owning team and the employer's region.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, string? Team, Region? Region)
{
    /// <summary>Ten years is more than any report needs and keeps a typo like 0026 from scanning everything.</summary>
    private const int MaxYears = 10;

    public static Result<ReportFilter> Parse(string? from, string? to, string? team, string? region)
    {
        var validation = new Validation()
            .Required("from", from, "Enter the first date, as yyyy-MM-dd.")
            .Required("to", to, "Enter the last date, as yyyy-MM-dd.")
            .Enum<Region>("region", region, required: false, "Choose a region")
            .MaxLength("team", team, 40);
        var fromDate = ParseDate(from, "from", validation);
        var toDate = ParseDate(to, "to", validation);
        if (fromDate is { } f && toDate is { } t)
        {
            validation
                .Check(f <= t, "to", "The last date must be on or after the first date.")
                .Check(t.DayNumber - f.DayNumber <= 366 * MaxYears, "from", $"Choose a range of at most {MaxYears} years.");
        }

        return validation.IsValid
            ? new ReportFilter(fromDate!.Value, toDate!.Value, string.IsNullOrWhiteSpace(team) ? null : team.Trim(),
                string.IsNullOrWhiteSpace(region) ? null : Validation.ParseEnum<Region>(region))
            : validation.ToRefusal();
    }

    private static DateOnly? ParseDate(string? text, string field, Validation validation)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        validation.Add(field, "Enter a real date as yyyy-MM-dd, between 2000 and 2100.");
        return null;
    }
}
