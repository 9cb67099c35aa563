using System.Text;

namespace Casework.Web.Infrastructure.Letters.Rendering;

internal enum BrailleKind
{
    /// <summary>A line such as an address line: starts in cell 1, runovers in cell 3.</summary>
    Line,

    /// <summary>A paragraph: first line in cell 3, runovers in cell 1.</summary>
    Paragraph,

    /// <summary>A centred heading, kept on the same page as the line after it.</summary>
    Heading,

    /// <summary>A blank line; dropped at the top of a page and when the line before is blank.</summary>
    Blank,
}

/// <summary>One piece of a braille letter; Text is already translated to BRF.</summary>
internal readonly record struct BrailleItem(BrailleKind Kind, string Text);

/// <summary>
/// Our braille page layout: at most 40 cells a line and 25 lines a page, words wrapped on spaces and a
/// word longer than a line hyphenated. Each page's braille page number ("#A" for 1, "#AJ" for 10) is
/// right-justified at the end of its FIRST line, with at least three blank cells before it. Lines end
/// in CR LF; a form feed separates pages.
/// </summary>
internal sealed class BraillePageFormatter
{
    public const int Cells = 40;
    public const int Lines = 25;
    private const int PageNumberGap = 3;

    private readonly List<List<string>> _pages = [];

    public static string Format(IEnumerable<BrailleItem> items)
    {
        var formatter = new BraillePageFormatter();
        foreach (var item in items)
        {
            formatter.Add(item);
        }

        return formatter.Output();
    }

    /// <summary>A page number in braille: the number sign and digits as letters a–j (1 → "#A", 10 → "#AJ").</summary>
    public static string PageNumber(int page)
    {
        var digits = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "#" + string.Concat(digits.Select(d => d == '0' ? 'J' : (char)('A' + (d - '1'))));
    }

    private void Add(BrailleItem item)
    {
        switch (item.Kind)
        {
            case BrailleKind.Blank:
                if (_pages.Count > 0 && _pages[^1].Count is > 0 and < Lines && _pages[^1][^1].Length > 0)
                {
                    _pages[^1].Add(string.Empty);
                }

                break;
            case BrailleKind.Heading:
                // Keep the heading with at least one line after it.
                if (_pages.Count > 0 && _pages[^1].Count > 0 && Lines - _pages[^1].Count < 2)
                {
                    _pages.Add([]);
                }

                Emit(item.Text, 0, 0, centre: true);
                break;
            case BrailleKind.Paragraph:
                Emit(item.Text, 2, 0, centre: false);
                break;
            default:
                Emit(item.Text, 0, 2, centre: false);
                break;
        }
    }

    private void Emit(string text, int firstIndent, int runoverIndent, bool centre)
    {
        var line = new StringBuilder().Append(' ', firstIndent);
        var hasWord = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var width = NextLineWidth();
            if (line.Length + (hasWord ? 1 : 0) + word.Length <= width)
            {
                (hasWord ? line.Append(' ') : line).Append(word);
                hasWord = true;
                continue;
            }

            if (hasWord)
            {
                Put(line.ToString(), centre);
                line.Clear().Append(' ', runoverIndent);
                width = NextLineWidth();
            }

            var rest = word;
            while (line.Length + rest.Length > width)
            {
                var take = width - line.Length - 1; // one cell for the hyphen
                Put(line.Append(rest.AsSpan(0, take)).Append('-').ToString(), centre);
                rest = rest[take..];
                line.Clear().Append(' ', runoverIndent);
                width = NextLineWidth();
            }

            line.Append(rest);
            hasWord = true;
        }

        if (hasWord)
        {
            Put(line.ToString(), centre);
        }
    }

    /// <summary>Width available to the next line: the first line of a page leaves room for the page number.</summary>
    private int NextLineWidth()
    {
        var startsPage = _pages.Count == 0 || _pages[^1].Count is 0 or Lines;
        var page = _pages.Count == 0 || _pages[^1].Count == Lines ? _pages.Count + 1 : _pages.Count;
        return startsPage ? Cells - PageNumberGap - PageNumber(page).Length : Cells;
    }

    private void Put(string line, bool centre)
    {
        var width = NextLineWidth();
        if (_pages.Count == 0 || _pages[^1].Count == Lines)
        {
            _pages.Add([]);
        }

        line = line.TrimEnd();
        if (centre)
        {
            line = line.Trim();
            line = new string(' ', (width - line.Length) / 2) + line;
        }

        _pages[^1].Add(line);
    }

    private string Output()
    {
        var output = new StringBuilder();
        if (_pages.Count == 0)
        {
            _pages.Add([]);
        }

        for (var p = 0; p < _pages.Count; p++)
        {
            if (p > 0)
            {
                output.Append('\f');
            }

            var number = PageNumber(p + 1);
            var lines = _pages[p];
            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }

            while (lines.Count > 1 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            output.Append(lines[0].PadRight(Cells - number.Length)).Append(number).Append("\r\n");
            foreach (var line in lines.Skip(1))
            {
                output.Append(line).Append("\r\n");
            }
        }

        return output.ToString();
    }
}
