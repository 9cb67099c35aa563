namespace Casework.Domain.Correspondence;

/// <summary>
/// A letter after its template has been filled in: exactly what every format (PDF, large print,
/// braille) prints. Kept with the letter so a re-issue is an exact copy (COR-03).
/// </summary>
public sealed record LetterContent(
    string Code,
    LetterLanguage Language,
    string Title,
    IReadOnlyList<string> AddressLines,
    DateOnly Date,
    string Reference,
    string Salutation,
    IReadOnlyList<LetterBlock> Body,
    string SignOff);

/// <summary>A paragraph, optionally under a heading.</summary>
public sealed record LetterBlock(string? Heading, string Text);
