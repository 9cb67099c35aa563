namespace Casework.Domain.Correspondence;

/// <summary>Who a letter goes to and how they want it (COR-04 format, COR-05 language).</summary>
public sealed record LetterRecipient(
    string Kind,
    string Reference,
    string Name,
    IReadOnlyList<string> AddressLines,
    string? Email,
    LetterFormat Format,
    LetterLanguage Language,
    string? SuppressedBecause = null);
