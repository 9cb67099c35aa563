namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// A letter cannot be produced as asked: a field the template uses is missing or blank, a
/// paragraph is not allowed or a required choice is missing, free text is missing or not
/// allowed, or the template data itself is broken. Never a letter with a blank in it.
/// </summary>
public sealed class LetterTemplateException : Exception
{
    public LetterTemplateException()
    {
    }

    public LetterTemplateException(string message)
        : base(message)
    {
    }

    public LetterTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LetterTemplateException(string code, IReadOnlyList<string> missingFields)
        : base($"Letter {code} cannot be produced: missing or blank fields: {string.Join(", ", missingFields)}.")
    {
        Code = code;
        MissingFields = missingFields;
    }

    /// <summary>The letter code, when the problem is with a request for that letter.</summary>
    public string? Code { get; }

    /// <summary>The fields (and "freeText") that were missing or blank; empty for other problems.</summary>
    public IReadOnlyList<string> MissingFields { get; } = [];
}
