using Casework.Domain.Correspondence;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>A letter code with its rules, both language versions and its allowed paragraphs.</summary>
internal sealed record LoadedLetter(
    LetterDefinition Definition,
    IReadOnlyList<string> Paragraphs,
    ParsedLetter English,
    ParsedLetter Welsh)
{
    public bool IsEmail => Definition.Kind == LetterKind.Email;

    public ParsedLetter For(LetterLanguage language) => language == LetterLanguage.Welsh ? Welsh : English;
}
