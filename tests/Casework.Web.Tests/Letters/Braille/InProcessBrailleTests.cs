using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Rendering;
using Casework.Web.Tests.Letters.Rendering;

namespace Casework.Web.Tests.Letters.Braille;

/// <summary>
/// OPS-01: liblouis called in process gives exactly the braille that one <c>lou_translate</c> process per letter gave,
/// for every line of the sample letters in both languages and for the characters that need care.
/// </summary>
public sealed class InProcessBrailleTests
{
    private static readonly string[] _awkward =
    [
        "SR01234567", "£1,234.56 by 5 March 2025", "Back\\slash and \"quotes\" (brackets) 50% & more; a/b", "ŵ ŷ â ê î ô û ï ë",
        "Yr ydym wedi derbyn eich cwyn.", "THE CHILD MAINTENANCE SERVICE", "e-mail: payroll@example.org", "tab\tand  spaces",
    ];

    public static TheoryData<LetterLanguage> Languages => [LetterLanguage.English, LetterLanguage.Welsh];

    [Theory]
    [MemberData(nameof(Languages))]
    public void OPS01_in_process_braille_equals_lou_translate_line_for_line(LetterLanguage language)
    {
        var letter = language == LetterLanguage.Welsh ? SampleLetters.Welsh() : SampleLetters.English();
        var lines = PrintLines(letter).Concat(_awkward).ToList();
        var table = BrailleLetterRenderer.TableFor(language);

        var inProcess = LouisLibrary.Default.Translate(lines, table, backward: false);
        var process = LouTranslateProcess.Translate(lines, table, backward: false);

        Assert.Equal(process.Count, inProcess.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.True(process[i] == inProcess[i], $"line {i} \"{lines[i]}\": lou_translate \"{process[i]}\", in process \"{inProcess[i]}\"");
        }
    }

    [Fact]
    public void OPS01_in_process_back_translation_equals_lou_translate()
    {
        var brf = LouisLibrary.Default.Translate(PrintLines(SampleLetters.English()).ToList(), BrailleLetterRenderer.EnglishTable, backward: false)
            .Select(l => l.ToUpperInvariant()).ToList();

        Assert.Equal(
            LouTranslateProcess.Translate(brf, BrailleLetterRenderer.EnglishTable, backward: true),
            LouisLibrary.Default.Translate(brf, BrailleLetterRenderer.EnglishTable, backward: true));
    }

    [Fact]
    public void OPS01_liblouis_is_loaded_in_process_and_reports_its_version()
    {
        var status = LouisLibrary.Default.Status;

        Assert.True(status.Available, status.Description);
        Assert.Matches(@"liblouis \d+\.\d+", status.Description);
        Assert.True(LouisLibrary.Default.HasTable(BrailleLetterRenderer.EnglishTable));
        Assert.False(LouisLibrary.Default.HasTable("no-such-table.ctb"));
    }

    [Fact]
    public void OPS01_a_library_that_cannot_be_loaded_says_why_and_refuses_to_translate()
    {
        var missing = new LouisLibrary("liblouis-not-installed.so.99");

        Assert.False(missing.Status.Available);
        Assert.Contains("liblouis-not-installed.so.99", missing.Status.Description, StringComparison.Ordinal);
        Assert.Contains("liblouis20", missing.Status.Description, StringComparison.Ordinal);
        var refused = Assert.Throws<BrailleUnavailableException>(() => new BrailleLetterRenderer(missing).Render(SampleLetters.English()));
        Assert.Equal(missing.Status.Description, refused.Message);
    }

    /// <summary>Every line of print a letter puts into braille, as the renderer cleans it.</summary>
    private static IEnumerable<string> PrintLines(LetterContent letter) =>
        new[] { letter.Title, letter.Salutation, letter.SignOff, letter.Reference }
            .Concat(letter.AddressLines)
            .Concat(letter.Body.SelectMany(b => new[] { b.Heading ?? string.Empty }.Concat(b.Text.Split('\n'))))
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
}
