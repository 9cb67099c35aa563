using System.Globalization;
using Casework.Domain.Correspondence;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// The fixed words every format prints around a letter's content, in the letter's language (COR-05):
/// sender block, date, reference label and page numbers. Shared by the PDF and braille renderers so
/// all formats carry the same content (COR-04).
/// </summary>
internal static class LetterWording
{
    private static readonly string[] _englishSender =
    [
        "Child Maintenance Service",
        "PO Box 249",
        "Mitcheldean",
        "GL17 1AJ",
        "Telephone: 0800 171 2345",
    ];

    private static readonly string[] _welshSender =
    [
        "Gwasanaeth Cynhaliaeth Plant",
        "Blwch Post 249",
        "Mitcheldean",
        "GL17 1AJ",
        "Ffôn: 0800 232 1979",
    ];

    public static IReadOnlyList<string> Sender(LetterLanguage language) =>
        language == LetterLanguage.Welsh ? _welshSender : _englishSender;

    /// <summary>UK long date: "5 March 2025"; Welsh month names for Welsh ("5 Mawrth 2025").</summary>
    public static string Date(DateOnly date, LetterLanguage language) => Templates.LetterDates.Format(date, language);

    public static string Reference(string reference, LetterLanguage language) =>
        (language == LetterLanguage.Welsh ? "Ein cyfeirnod: " : "Our reference: ") + reference;

    public static string PageOf(int page, int pages, LetterLanguage language) =>
        language == LetterLanguage.Welsh
            ? string.Create(CultureInfo.InvariantCulture, $"Tudalen {page} o {pages}")
            : string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages}");

    /// <summary>A block's paragraphs: its text split on line breaks, blank ones dropped.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
