using Casework.Web.Infrastructure.Letters.Rendering;

namespace Casework.Web.Tests.Letters.Rendering;

/// <summary>Our 40 × 25 page layout, on BRF text that needs no liblouis.</summary>
public sealed class BraillePageFormatterTests
{
    private static List<string[]> Pages(string brf) =>
        brf.Split('\f').Select(p => p[..^2].Split("\r\n")).ToList();

    [Fact]
    public void COR04_braille_page_numbers_sit_at_the_end_of_each_first_line()
    {
        Assert.Equal("#A", BraillePageFormatter.PageNumber(1));
        Assert.Equal("#AJ", BraillePageFormatter.PageNumber(10));
        Assert.Equal("#BCD", BraillePageFormatter.PageNumber(234));

        var items = Enumerable.Range(0, 60).Select(_ => new BrailleItem(BrailleKind.Line, "LINE"));
        var pages = Pages(BraillePageFormatter.Format(items));

        Assert.Equal(3, pages.Count);
        Assert.Equal("LINE".PadRight(38) + "#A", pages[0][0]);
        Assert.Equal("LINE".PadRight(38) + "#C", pages[2][0]);
        Assert.Equal([25, 25, 10], pages.Select(p => p.Length));
    }

    [Fact]
    public void COR04_braille_wraps_words_and_hyphenates_overlong_ones()
    {
        var longWord = new string('A', 100);
        var text = string.Join(' ', Enumerable.Repeat("WORD", 30)) + " " + longWord + " END";
        var pages = Pages(BraillePageFormatter.Format([new BrailleItem(BrailleKind.Paragraph, text)]));

        var lines = pages.SelectMany(p => p).ToList();
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 40));
        Assert.StartsWith("  WORD", lines[0], StringComparison.Ordinal);
        Assert.True(lines[0].Length == 40 && lines[0].IndexOf("WORD", 30, StringComparison.Ordinal) < 0, lines[0]);
        Assert.Equal(100, lines.Sum(l => l.Replace("#A", string.Empty, StringComparison.Ordinal).Count(c => c == 'A')));
        Assert.Contains(lines, l => l.EndsWith("A-", StringComparison.Ordinal));
        Assert.EndsWith("END", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void COR04_braille_drops_blank_lines_at_page_tops_and_keeps_headings_with_text()
    {
        var items = new List<BrailleItem>();
        items.AddRange(Enumerable.Range(0, 24).Select(_ => new BrailleItem(BrailleKind.Line, "X")));
        items.Add(new BrailleItem(BrailleKind.Blank, string.Empty));
        items.Add(new BrailleItem(BrailleKind.Blank, string.Empty));
        items.Add(new BrailleItem(BrailleKind.Heading, "HEAD"));
        items.Add(new BrailleItem(BrailleKind.Paragraph, "TEXT"));

        var pages = Pages(BraillePageFormatter.Format(items));

        Assert.Equal(2, pages.Count);
        Assert.Equal(24, pages[0].Length);
        Assert.Equal("HEAD", pages[1][0].Trim()[..4]);
        Assert.StartsWith(new string(' ', 15) + "HEAD", pages[1][0], StringComparison.Ordinal);
        Assert.Equal("  TEXT", pages[1][1]);
    }
}
