using System.Globalization;
using Casework.Domain.Correspondence;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>Dates as letters print them ("3 March 2026", "3 Mawrth 2026"), without relying on ICU data.</summary>
public static class LetterDates
{
    private static readonly string[] _english =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] _welsh =
    [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ];

    public static string Format(DateOnly date, LetterLanguage language)
    {
        var months = language == LetterLanguage.Welsh ? _welsh : _english;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

    /// <summary>An ISO date (yyyy-MM-dd) in long form; any other text is returned unchanged.</summary>
    public static string FormatOrAsIs(string value, LetterLanguage language) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Format(date, language)
            : value;
}
