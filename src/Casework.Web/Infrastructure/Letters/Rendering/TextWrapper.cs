namespace Casework.Web.Infrastructure.Letters.Rendering;

/// <summary>
/// Greedy word-wrap of one paragraph to a width, given a measure of text width. Words are separated by
/// any run of whitespace; a word wider than the whole line is broken between characters.
/// Widths add up word by word (PDFsharp does not kern), so each word is measured once.
/// </summary>
internal static class TextWrapper
{
    public static List<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var space = measure(" ");
        var line = new System.Text.StringBuilder();
        var lineWidth = 0.0;
        foreach (var word in words)
        {
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
            while (wordWidth > width && rest.Length > 1)
            {
                var fits = LongestFittingPrefix(rest, width, measure);
                lines.Add(rest[..fits]);
                rest = rest[fits..];
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

    /// <summary>How many leading characters fit in the width: at least one, so wrapping always progresses.</summary>
    private static int LongestFittingPrefix(string word, double width, Func<string, double> measure)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (measure(word[..middle]) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        // Never split a surrogate pair.
        return low > 1 && char.IsHighSurrogate(word[low - 1]) ? low - 1 : low;
    }
}
