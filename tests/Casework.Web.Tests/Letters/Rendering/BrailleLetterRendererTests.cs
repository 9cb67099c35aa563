using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Rendering;

namespace Casework.Web.Tests.Letters.Rendering;

public sealed class BrailleLetterRendererTests
{
    private readonly BrailleLetterRenderer _renderer = new();

    [Fact]
    public void COR04_braille_pages_respect_40_cells_by_25_lines()
    {
        var brf = _renderer.Render(SampleLetters.English());

        Assert.All(brf, c => Assert.True(c is >= ' ' and <= '_' or '\r' or '\n' or '\f', $"not BRF ASCII: U+{(int)c:X4}"));
        Assert.DoesNotContain("\n\r", brf.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(brf.Count(c => c == '\n'), brf.Count(c => c == '\r'));
        var pages = brf.Split('\f');
        Assert.True(pages.Length >= 2, "the long sample letter should run to several braille pages");
        for (var p = 0; p < pages.Length; p++)
        {
            Assert.EndsWith("\r\n", pages[p], StringComparison.Ordinal);
            var lines = pages[p][..^2].Split("\r\n");
            Assert.InRange(lines.Length, 1, BrailleLetterRenderer.LinesPerPage);
            Assert.All(lines, l => Assert.InRange(l.Length, 0, BrailleLetterRenderer.CellsPerLine));
            Assert.EndsWith(BraillePageFormatter.PageNumber(p + 1), lines[0], StringComparison.Ordinal);
            Assert.Equal(BrailleLetterRenderer.CellsPerLine, lines[0].Length);
        }
    }

    [Fact]
    public void COR04_braille_back_translates_to_the_letter()
    {
        var letter = SampleLetters.English();
        var brf = _renderer.Render(letter);
        var print = _renderer.BackTranslate(brf);

        Assert.Contains(",,SR#JABCDEFG", brf, StringComparison.Ordinal);
        Assert.Contains("01234567", print, StringComparison.Ordinal);
        Assert.Contains("SR", print, StringComparison.Ordinal);
        foreach (var word in new[] { "Child Maintenance Service", "reference", "Deduction", "earnings", "Dear Sir or Madam", "Paying us", "faithfully" })
        {
            Assert.Contains(word, print, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("#A", brf.Split('\f')[0].Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void COR05_welsh_braille_uses_the_welsh_table()
    {
        Assert.Equal("cy-cy-g2.ctb", BrailleLetterRenderer.TableFor(LetterLanguage.Welsh));
        Assert.Equal("en-ueb-g2.ctb", BrailleLetterRenderer.TableFor(LetterLanguage.English));

        var brf = _renderer.Render(SampleLetters.Welsh());
        var print = _renderer.BackTranslate(brf, LetterLanguage.Welsh);

        Assert.Contains("cyfeirnod", print, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("01234567", print, StringComparison.Ordinal);
        // cy-cy-g2 back-translation is lossy ("ae" comes back as "Æ", punctuation as digits): check words that survive.
        foreach (var word in new[] { "Cynhaliaeth Plant", "Mawrth", "llythyr", "gywir" })
        {
            Assert.Contains(word, print, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(brf, c => Assert.True(c is >= ' ' and <= '_' or '\r' or '\n' or '\f'));
    }

    [Fact]
    public void COR04_braille_copes_with_characters_outside_braille_ascii()
    {
        var letter = SampleLetters.English() with
        {
            Body = [new("Tabs\tand £ signs", "Amount:\t£12.50 — “quoted” café 😀 ŵ\r\nNext line")],
        };

        var brf = _renderer.Render(letter);

        Assert.All(brf, c => Assert.True(c is >= ' ' and <= '_' or '\r' or '\n' or '\f', $"not BRF ASCII: U+{(int)c:X4}"));
        Assert.Contains("12.50", _renderer.BackTranslate(brf), StringComparison.Ordinal);
    }
}
