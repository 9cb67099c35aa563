namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>How many of a letter's optional paragraphs may be chosen.</summary>
public enum LetterParagraphChoice
{
    /// <summary>Any of the allowed paragraphs, each at most once (none is fine).</summary>
    Any,

    /// <summary>None or one.</summary>
    AtMostOne,

    /// <summary>Exactly one (CMSL8502: phone conversation or could not reach you).</summary>
    ExactlyOne,
}

/// <summary>Whether the caseworker's free text is wanted.</summary>
public enum LetterFreeText
{
    None,
    Optional,
    Required,
}

internal enum LetterKind
{
    Letter,
    Email,
}

/// <summary>One entry of <c>letters.json</c>: the language-independent rules of a code.</summary>
internal sealed record LetterDefinition(
    string Code,
    LetterKind Kind,
    IReadOnlyList<string>? Paragraphs,
    LetterParagraphChoice ParagraphChoice,
    LetterFreeText FreeText);

/// <summary><c>letters.json</c>.</summary>
internal sealed record LetterCatalogue(string? FromMailbox, IReadOnlyList<LetterDefinition>? Letters);
