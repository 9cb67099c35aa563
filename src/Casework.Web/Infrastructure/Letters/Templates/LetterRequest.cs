using Casework.Domain.Correspondence;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// What a letter needs to be filled in (COR-01): the letter code and language, the recipient's
/// address, the letter date and our reference, the system fields the template uses (see
/// <see cref="LetterTemplates.RequiredFields"/>), the optional paragraph codes chosen and the
/// caseworker's free text.
/// </summary>
public sealed record LetterRequest(
    string Code,
    LetterLanguage Language,
    IReadOnlyList<string> AddressLines,
    DateOnly Date,
    string Reference,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<string> Paragraphs,
    string? FreeText);
