namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// Greedy word-wrap of one paragraph to a width, given a measure of text width. Words are separated by
/// any run of whitespace; a word wider than the whole line is broken between characters.
/// Widths add up word by word (PDFsharp does not kern), so each word is measured once.
/// </summary>
internal static class TextWrapper
{
    public static List<string> Wrap(string text, double width, Func<string, double> measure, CancellationToken ct = default)
    {
        var lines = new List<string>();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var space = measure(" ");
        var line = new System.Text.StringBuilder();
        var lineWidth = 0.0;
        foreach (var word in words)
        {
            ct.ThrowIfCancellationRequested();
            var wordWidth = measure(word);
            if (line.Length > 0 && lineWidth + space + wordWidth <= width)
            {
                line.Append(' ').Append(word);
                lineWidth += space + wordWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            var rest = word;
            if (wordWidth > width && word.Length > 1)
            {
                // Broken in one pass, character by character (widths add up: no kerning), so a 160,000-character
                // "word" costs linear time, not a measure of every prefix.
                var pieces = BreakLongWord(word, width, measure, ct);
                lines.AddRange(pieces.Take(pieces.Count - 1));
                rest = pieces[^1];
                wordWidth = measure(rest);
            }

            line.Append(rest);
            lineWidth = wordWidth;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Pieces of <paramref name="word"/> each as wide as fits (at least one character); never splits a surrogate pair.</summary>
    private static List<string> BreakLongWord(string word, double width, Func<string, double> measure, CancellationToken ct)
    {
        var widths = new Dictionary<string, double>(StringComparer.Ordinal);
        var pieces = new List<string>();
        var start = 0;
        var pieceWidth = 0.0;
        for (var i = 0; i < word.Length;)
        {
            var length = char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]) ? 2 : 1;
            var glyph = word.Substring(i, length);
            if (!widths.TryGetValue(glyph, out var glyphWidth))
            {
                widths[glyph] = glyphWidth = measure(glyph);
            }

            if (i > start && pieceWidth + glyphWidth > width)
            {
                pieces.Add(word[start..i]);
                start = i;
                pieceWidth = 0;
                if (pieces.Count % 64 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }

            pieceWidth += glyphWidth;
            i += length;
        }

        pieces.Add(word[start..]);
        return pieces;
    }
}
