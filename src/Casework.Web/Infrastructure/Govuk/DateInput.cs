using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Casework.Web.Infrastructure.Govuk;

/// <summary>
/// The GOV.UK date input as typed: day, month and year boxes (posted as <c>{name}.Day</c>, <c>.Month</c>, <c>.Year</c>),
/// kept as text so a wrong answer is shown back as the caseworker typed it. <see cref="Date"/> is the date they make,
/// when they make one; <see cref="Problem"/> says what is wrong in the GOV.UK words.
/// </summary>
[ModelBinder(typeof(DateInputModelBinder))]
public sealed record DateInput(string? Day, string? Month, string? Year)
{
    public static DateInput Empty { get; } = new(null, null, null);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new(d.Day.ToString(CultureInfo.InvariantCulture), d.Month.ToString(CultureInfo.InvariantCulture), d.Year.ToString(CultureInfo.InvariantCulture))
        : Empty;

    /// <summary>Nothing typed in any box: whether that is allowed is the form's rule, not the date's.</summary>
    public bool IsEmpty => Blank(Day) && Blank(Month) && Blank(Year);

    /// <summary>The date, or null when the boxes are empty or do not make a real date.</summary>
    public DateOnly? Date => Problem("Date") is null && !IsEmpty
        ? new DateOnly(Number(Year)!.Value, Number(Month)!.Value, Number(Day)!.Value)
        : null;

    /// <summary>Null when the boxes are empty or make a real date; otherwise what is wrong, starting with <paramref name="label"/>.</summary>
    public string? Problem(string label)
    {
        if (IsEmpty)
        {
            return null;
        }

        var missing = new[] { (Blank(Day), "day"), (Blank(Month), "month"), (Blank(Year), "year") }
            .Where(part => part.Item1).Select(part => part.Item2).ToList();
        if (missing.Count > 0)
        {
            return $"{label} must include a {string.Join(" and ", missing)}";
        }

        var (day, month, year) = (Number(Day), Number(Month), Number(Year));
        if (year is not null && Year!.Trim().Length != 4)
        {
            return $"{label} must include a year with 4 numbers, like 2026";
        }

        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && year is >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
            ? null
            : $"{label} must be a real date";
    }

    /// <summary>A single ISO value (<c>2026-03-27</c>), as an API client or an older form posts it.</summary>
    public static DateInput FromIso(string text)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return From(date);
        }

        // Not a real date: keep what was sent in the boxes it would fill, so the problem says so in the usual words.
        var parts = text.Trim().Split('-');
        return parts.Length == 3 ? new(parts[2], parts[1], parts[0]) : new(text, text, text);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static int? Number(string? text) =>
        text is not null && text.Trim() is { Length: > 0 and <= 4 } t && t.All(char.IsAsciiDigit) ? int.Parse(t, CultureInfo.InvariantCulture) : null;
}
