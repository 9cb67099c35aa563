using Casework.Domain.Correspondence;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// Checks a request against its letter's rules before anything is rendered: reference and
/// address present, paragraphs allowed and the choice rule met, free text as the procedure
/// says, every field the template (and chosen paragraphs) read present and not blank.
/// </summary>
internal static class LetterRequestRules
{
    /// <summary>Returns the chosen paragraph codes in the letter's own order; throws on any breach.</summary>
    public static IReadOnlyList<string> Check(
        LoadedLetter letter,
        LetterRequest request,
        IReadOnlyDictionary<(string Code, LetterLanguage Language), ParsedParagraph> paragraphs)
    {
        var code = letter.Definition.Code;
        var chosen = CheckParagraphs(letter, request.Paragraphs ?? []);
        var hasFreeText = !string.IsNullOrWhiteSpace(request.FreeText);
        if (letter.Definition.FreeText == LetterFreeText.None && hasFreeText)
        {
            throw new LetterTemplateException($"Letter {code} takes no free text.");
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            missing.Add("reference");
        }

        if (!letter.IsEmail && (request.AddressLines is null || !request.AddressLines.Any(line => !string.IsNullOrWhiteSpace(line))))
        {
            missing.Add("addressLines");
        }

        if (letter.Definition.FreeText == LetterFreeText.Required && !hasFreeText)
        {
            missing.Add("freeText");
        }

        var fields = letter.For(request.Language).Fields
            .Concat(chosen.SelectMany(paragraph => paragraphs[(paragraph, request.Language)].Fields))
            .Distinct(StringComparer.Ordinal);
        missing.AddRange(fields.Where(field =>
            request.Fields is null || !request.Fields.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value)));
        return missing.Count > 0 ? throw new LetterTemplateException(code, missing) : chosen;
    }

    private static IReadOnlyList<string> CheckParagraphs(LoadedLetter letter, IReadOnlyList<string> requested)
    {
        var code = letter.Definition.Code;
        var notAllowed = requested.Where(paragraph => !letter.Paragraphs.Contains(paragraph, StringComparer.Ordinal)).ToList();
        if (notAllowed.Count > 0)
        {
            var allowed = letter.Paragraphs.Count == 0 ? "none" : string.Join(", ", letter.Paragraphs);
            throw new LetterTemplateException(
                $"Letter {code} does not allow paragraph(s) {string.Join(", ", notAllowed)}; allowed: {allowed}.");
        }

        if (requested.Distinct(StringComparer.Ordinal).Count() != requested.Count)
        {
            throw new LetterTemplateException($"Letter {code}: a paragraph was chosen more than once.");
        }

        var options = string.Join(" or ", letter.Paragraphs);
        switch (letter.Definition.ParagraphChoice)
        {
            case LetterParagraphChoice.ExactlyOne when requested.Count != 1:
                throw new LetterTemplateException($"Letter {code} needs exactly one of the paragraphs {options}.");
            case LetterParagraphChoice.AtMostOne when requested.Count > 1:
                throw new LetterTemplateException($"Letter {code} takes at most one of the paragraphs {options}.");
            default:
                return [.. letter.Paragraphs.Where(paragraph => requested.Contains(paragraph, StringComparer.Ordinal))];
        }
    }
}
