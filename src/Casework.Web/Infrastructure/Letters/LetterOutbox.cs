using System.Text.Json;
using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure.Letters.Templates;

namespace Casework.Web.Infrastructure.Letters;

/// <summary>
/// The letter service other features call. Queue fills in the template now — a missing field is refused
/// here, never printed blank — and adds the letter to the caller's unit of work, so it is saved in the
/// same transaction as the change that caused it, or not at all.
/// </summary>
public sealed class LetterOutbox(CaseworkDbContext db, LetterTemplates templates, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Result<Letter> Queue(
        string letterCode,
        LetterRecipient recipient,
        string? serviceRequest,
        IReadOnlyDictionary<string, string> fields,
        IReadOnlyList<string> paragraphs,
        string? freeText,
        Actor by)
    {
        if (recipient.SuppressedBecause is { } reason)
        {
            // CON-04: no letter goes to a record whose contact is suppressed; the caseworker is told why.
            return new RuleBroken($"No letter can go to {recipient.Name}: contact is suppressed ({reason}).");
        }

        if (LetterInputLimits.Check(fields, paragraphs, freeText) is { } tooBig)
        {
            return tooBig;
        }

        var now = time.GetUtcNow();
        var content = Fill(letterCode, recipient, serviceRequest, fields, paragraphs, freeText, UkClock.DateOf(now));
        if (!content.IsSuccess)
        {
            return content.Refusal!;
        }

        var letter = new Letter(letterCode, recipient, serviceRequest, JsonSerializer.Serialize(content.Value, Json), by.Name, now);
        db.Letters.Add(letter);
        return letter;
    }

    /// <summary>COR-03: an exact copy of the original with a covering letter, queued for the next batch.</summary>
    public Result<Letter> Reissue(Letter original, LetterRecipient recipient, Actor by)
    {
        if (recipient.SuppressedBecause is { } reason)
        {
            return new RuleBroken($"No letter can go to {recipient.Name}: contact is suppressed ({reason}).");
        }

        var now = time.GetUtcNow();
        var sentOn = UkClock.DateOf(original.SentAt ?? original.CreatedAt);
        var cover = Fill(
            "COVER",
            recipient,
            original.ServiceRequestReference,
            new Dictionary<string, string>
            {
                ["originalCode"] = original.Code,
                ["originalDate"] = sentOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            [],
            null,
            UkClock.DateOf(now));
        if (!cover.IsSuccess)
        {
            return cover.Refusal!;
        }

        var copy = original.Reissue(JsonSerializer.Serialize(cover.Value, Json), by, now);
        if (copy.IsSuccess)
        {
            db.Letters.Add(copy.Value!);
        }

        return copy;
    }

    public static LetterContent ContentOf(string json) =>
        JsonSerializer.Deserialize<LetterContent>(json, Json) ?? throw new InvalidOperationException("A letter has no content.");

    private Result<LetterContent> Fill(
        string code, LetterRecipient recipient, string? serviceRequest, IReadOnlyDictionary<string, string> fields,
        IReadOnlyList<string> paragraphs, string? freeText, DateOnly date)
    {
        if (!templates.Codes.Contains(code))
        {
            return InvalidInput.For("code", $"There is no letter template {code}.");
        }

        try
        {
            return templates.Render(new LetterRequest(
                code, recipient.Language, recipient.AddressLines, date, serviceRequest ?? recipient.Reference, fields, paragraphs, freeText));
        }
        catch (LetterTemplateException e)
        {
            return InvalidInput.For("fields", e.Message);
        }
    }
}
