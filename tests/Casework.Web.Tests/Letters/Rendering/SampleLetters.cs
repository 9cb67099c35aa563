using Casework.Domain.Correspondence;

namespace Casework.Web.Tests.Letters.Rendering;

/// <summary>Letters to render in tests: one paragraph is long enough to wrap and push large print onto a second page.</summary>
internal static class SampleLetters
{
    public const string Reference = "SR01234567";

    public static readonly string LongParagraph = string.Join(
        ' ',
        Enumerable.Repeat(
            "We have worked out how much child maintenance you need to collect from your employee's earnings each pay day, " +
            "using the information their employer gave us about gross weekly income and the number of children involved.",
            8));

    public static LetterContent English() => new(
        "CMSL8500",
        LetterLanguage.English,
        "Deduction from earnings order",
        ["Acme Widgets Limited", "Payroll Department", "12 High Street", "Bristol", "BS1 4DJ"],
        new DateOnly(2025, 3, 5),
        Reference,
        "Dear Sir or Madam",
        [
            new LetterBlock(null, "We are writing about one of your employees.\nPlease read this letter carefully."),
            new LetterBlock("What you need to do", LongParagraph),
            new LetterBlock("Paying us", "Send the money to us by the 19th of the month after you take it."),
            new LetterBlock("If you have questions", "Call us on the number at the top of this letter and quote our reference."),
        ],
        "Yours faithfully\nChild Maintenance Service");

    public static LetterContent Welsh() => new(
        "CMSL8500",
        LetterLanguage.Welsh,
        "Gorchymyn didynnu o enillion",
        ["Cwmni Widgets Cyf", "Heol y Dŵr", "Caerdydd", "CF10 1AA"],
        new DateOnly(2025, 3, 5),
        Reference,
        "Annwyl Syr neu Fadam",
        [
            new LetterBlock("Beth sydd angen i chi ei wneud", "Rydym yn ysgrifennu atoch ynghylch un o'ch gweithwyr. Darllenwch y llythyr hwn yn ofalus."),
        ],
        "Yn gywir\nGwasanaeth Cynhaliaeth Plant");

    /// <summary>Each paragraph's words (letters and digits only), to look for in rendered text.</summary>
    public static IEnumerable<string> Words(LetterContent letter) =>
        letter.Body.SelectMany(b => (b.Heading + " " + b.Text).Split([' ', '\n', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.All(char.IsLetterOrDigit))
            .Distinct(StringComparer.Ordinal);
}
