using System.Text;
using System.Text.RegularExpressions;
using Casework.Domain.Correspondence;

namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// Renders a letter as a braille ready file (.brf, COR-04): contracted braille from liblouis
/// (<c>en-ueb-g2.ctb</c>; Welsh <c>cy-cy-g2.ctb</c>, COR-05) in North American ASCII braille, laid out by
/// <see cref="BraillePageFormatter"/> on 40-cell, 25-line pages with the braille page number at the
/// end of each page's first line. liblouis is called in process (<see cref="LouisLibrary"/>): a process per letter
/// cost more than the translation. Stateless and thread-safe (register as a singleton).
/// </summary>
public sealed partial class BrailleLetterRenderer(LouisLibrary louis)
{
    public const int CellsPerLine = BraillePageFormatter.Cells;
    public const int LinesPerPage = BraillePageFormatter.Lines;
    public const string EnglishTable = "en-ueb-g2.ctb";
    public const string WelshTable = "cy-cy-g2.ctb";

    // If a liblouis build lacks the Welsh table, Welsh letters fall back to UEB grade 2: Welsh words are
    // then spelt out in uncontracted English braille, still readable, rather than failing the batch.
    private static readonly Lazy<string> _welsh = new(
        () => LouisLibrary.TableExists(WelshTable) ? WelshTable : EnglishTable, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>A renderer on the library at its Debian name.</summary>
    public BrailleLetterRenderer()
        : this(LouisLibrary.Default)
    {
    }

    /// <summary>Whether braille can be produced here, and if not, why.</summary>
    public BrailleStatus Status => louis.Status;

    public string Render(LetterContent letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var items = Structure(letter).Select(i => i with { Text = Clean(i.Text) })
            .Where(i => i.Kind == BrailleKind.Blank || i.Text.Length > 0).ToList();
        var print = items.Where(i => i.Kind != BrailleKind.Blank).Select(i => i.Text).ToList();
        var braille = louis.Translate(print, TableFor(letter.Language), backward: false);
        var next = 0;
        var translated = items.Select(i => i.Kind == BrailleKind.Blank ? i : i with { Text = Brf(braille[next++]) });
        return BraillePageFormatter.Format(translated);
    }

    /// <summary>Back-translates BRF (as made by <see cref="Render"/>) to print, one line per braille line, without page numbers.</summary>
    public string BackTranslate(string brf) => BackTranslate(brf, LetterLanguage.English);

    public string BackTranslate(string brf, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(brf);
        var lines = brf.Split('\f')
            .SelectMany(page => page.Split('\n').Select(l => l.TrimEnd('\r')).Select((l, i) => i == 0 ? PageNumberAtEnd().Replace(l, string.Empty) : l))
            .Select(l => l.Trim())
            .ToList();
        return string.Join('\n', louis.Translate(lines, TableFor(language), backward: true));
    }

    /// <summary>The liblouis translation table for a language.</summary>
    public static string TableFor(LetterLanguage language) => language == LetterLanguage.Welsh ? _welsh.Value : EnglishTable;

    private static IEnumerable<BrailleItem> Structure(LetterContent letter)
    {
        foreach (var line in LetterWording.Sender(letter.Language))
        {
            yield return new BrailleItem(BrailleKind.Line, line);
        }

        yield return new BrailleItem(BrailleKind.Blank, string.Empty);
        foreach (var line in letter.AddressLines)
        {
            yield return new BrailleItem(BrailleKind.Line, line);
        }

        yield return new BrailleItem(BrailleKind.Blank, string.Empty);
        yield return new BrailleItem(BrailleKind.Line, LetterWording.Date(letter.Date, letter.Language));
        yield return new BrailleItem(BrailleKind.Line, LetterWording.Reference(letter.Reference, letter.Language));
        yield return new BrailleItem(BrailleKind.Blank, string.Empty);
        yield return new BrailleItem(BrailleKind.Heading, letter.Title);
        yield return new BrailleItem(BrailleKind.Blank, string.Empty);
        yield return new BrailleItem(BrailleKind.Line, letter.Salutation);
        foreach (var block in letter.Body)
        {
            if (!string.IsNullOrWhiteSpace(block.Heading))
            {
                yield return new BrailleItem(BrailleKind.Blank, string.Empty);
                yield return new BrailleItem(BrailleKind.Heading, block.Heading);
            }

            foreach (var paragraph in LetterWording.Paragraphs(block.Text))
            {
                yield return new BrailleItem(BrailleKind.Paragraph, paragraph);
            }
        }

        yield return new BrailleItem(BrailleKind.Blank, string.Empty);
        foreach (var line in LetterWording.Paragraphs(letter.SignOff))
        {
            yield return new BrailleItem(BrailleKind.Line, line);
        }
    }

    /// <summary>One line of print for liblouis: whitespace and control characters become single spaces.</summary>
    private static string Clean(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Folds anything outside BRF's 0x20–0x5F into it: lower case to upper case, the rest to a space.</summary>
    private static string Brf(string braille)
    {
        var result = new StringBuilder(braille.Length);
        foreach (var c in braille)
        {
            result.Append(c switch
            {
                >= ' ' and <= '_' => c,
                >= '`' and <= '~' => (char)(c - 0x20),
                _ => ' ',
            });
        }

        return result.ToString();
    }

    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s{3,}#[A-J]+$")]
    private static partial Regex PageNumberAtEnd();
}
