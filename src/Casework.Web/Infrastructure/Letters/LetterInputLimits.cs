using Casework.Domain.Common;

namespace Casework.Web.Infrastructure.Letters;

/// <summary>
/// How much a caller may put into one letter (issue 10 item 1): checked where every feature queues a letter
/// (<see cref="LetterOutbox.Queue"/>), so the API and the forms give the same 400 naming the field, and the batch
/// never meets a letter that takes long to lay out.
/// </summary>
public static class LetterInputLimits
{
    public const int MaxFieldLength = 500;
    public const int MaxFields = 40;
    public const int MaxParagraphs = 30;
    public const int MaxFreeTextLength = 4000;

    /// <summary>Fields that hold a list, one item a line (a plan letter's lines): they may be as long as the free text.</summary>
    public static readonly IReadOnlySet<string> ListFields = new HashSet<string>(StringComparer.Ordinal) { "planLines" };

    public static InvalidInput? Check(IReadOnlyDictionary<string, string> fields, IReadOnlyList<string> paragraphs, string? freeText)
    {
        var validation = new Validation()
            .Check(fields.Count <= MaxFields, "fields", $"A letter takes at most {MaxFields} fields.")
            .Check(paragraphs.Count <= MaxParagraphs, "paragraphs", $"A letter takes at most {MaxParagraphs} optional paragraphs.")
            .MaxLength("freeText", freeText, MaxFreeTextLength);
        foreach (var (name, value) in fields)
        {
            validation.Check(name.Length <= 100, "fields", "A field name must be 100 characters or fewer.");
            validation.MaxLength($"fields.{name}", value, ListFields.Contains(name) ? MaxFreeTextLength : MaxFieldLength);
        }

        foreach (var paragraph in paragraphs)
        {
            validation.MaxLength("paragraphs", paragraph, 100);
        }

        return validation.IsValid ? null : validation.ToRefusal();
    }
}
