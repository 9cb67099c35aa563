namespace Casework.Domain.Correspondence;

/// <summary>Alternative formats per recipient (COR-04).</summary>
public enum LetterFormat
{
    Standard,
    LargePrint,
    Braille,
}

/// <summary>Correspondence language (COR-05).</summary>
public enum LetterLanguage
{
    English,
    Welsh,
}

public enum LetterStatus
{
    Queued,
    Cancelled,
    Sent,
}
