using Casework.Domain.Common;

namespace Casework.Domain.Correspondence;

/// <summary>
/// An outbound letter in the outbox. It is queued in the same transaction as the change that caused it,
/// can be cancelled until the end-of-day batch sends it (COR-02), and is sent exactly once.
/// Its filled-in content is kept so a re-issue is an exact copy (COR-03).
/// </summary>
public sealed class Letter
{
    private Letter()
    {
        Code = RecipientKind = RecipientReference = RecipientName = CreatedBy = ContentJson = string.Empty;
    }

    public Letter(string code, LetterRecipient recipient, string? serviceRequestReference, string contentJson, string createdBy, DateTimeOffset at)
    {
        Code = code;
        RecipientKind = recipient.Kind;
        RecipientReference = recipient.Reference;
        RecipientName = recipient.Name;
        RecipientEmail = recipient.Email;
        Format = recipient.Format;
        Language = recipient.Language;
        ServiceRequestReference = serviceRequestReference;
        ContentJson = contentJson;
        CreatedBy = createdBy;
        CreatedAt = at;
        Status = LetterStatus.Queued;
        Version = 1;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string? ServiceRequestReference { get; private set; }

    public string RecipientKind { get; private set; }

    public string RecipientReference { get; private set; }

    public string RecipientName { get; private set; }

    public string? RecipientEmail { get; private set; }

    public LetterFormat Format { get; private set; }

    public LetterLanguage Language { get; private set; }

    public LetterStatus Status { get; private set; }

    /// <summary>The filled-in <see cref="LetterContent"/> as JSON.</summary>
    public string ContentJson { get; private set; }

    /// <summary>For a re-issue: the covering letter's content; the body is the original's content.</summary>
    public string? CoverContentJson { get; private set; }

    public int? ReissueOfLetterId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? BatchId { get; private set; }

    public int Version { get; private set; }

    public Refusal? Cancel(Actor by, DateTimeOffset at)
    {
        if (Status != LetterStatus.Queued)
        {
            // COR-02: a letter can be cancelled only until the batch picks it up.
            return new NotAllowedInState($"Letter {Id} is {Status.ToString().ToLowerInvariant()}; only a queued letter can be cancelled.");
        }

        if (BatchId is not null)
        {
            return new NotAllowedInState($"Letter {Id} has been picked up by the end-of-day batch and can no longer be cancelled.");
        }

        Status = LetterStatus.Cancelled;
        CancelledAt = at;
        CancelledBy = by.Name;
        Version++;
        return null;
    }

    /// <summary>CON-04: contact was suppressed after the letter was queued, so the batch withdraws it.</summary>
    public void Withdraw(string reason, DateTimeOffset at) => WithdrawBecause("Contact suppression: " + reason, at);

    /// <summary>P-05: the representative it was written to was removed after it was queued, so the batch withdraws it.</summary>
    public void WithdrawForRemovedRecipient(string reason, DateTimeOffset at) => WithdrawBecause("Recipient removed: " + reason, at);

    private void WithdrawBecause(string why, DateTimeOffset at)
    {
        if (Status != LetterStatus.Queued)
        {
            throw new InvalidOperationException($"Letter {Id} is {Status}; only a queued letter is withdrawn.");
        }

        Status = LetterStatus.Cancelled;
        CancelledAt = at;
        CancelledBy = why;
        Version++;
    }

    public Result<Letter> Reissue(string coverContentJson, Actor by, DateTimeOffset at)
    {
        if (Status != LetterStatus.Sent)
        {
            return new NotAllowedInState($"Letter {Id} has not been sent, so it cannot be re-issued.");
        }

        return new Letter
        {
            Code = Code,
            ServiceRequestReference = ServiceRequestReference,
            RecipientKind = RecipientKind,
            RecipientReference = RecipientReference,
            RecipientName = RecipientName,
            RecipientEmail = RecipientEmail,
            Format = Format,
            Language = Language,
            ContentJson = ContentJson,
            CoverContentJson = coverContentJson,
            ReissueOfLetterId = Id,
            CreatedBy = by.Name,
            CreatedAt = at,
            Status = LetterStatus.Queued,
            Version = 1,
        };
    }

    public void MarkSent(string batchId, DateTimeOffset at)
    {
        if (Status != LetterStatus.Queued)
        {
            throw new InvalidOperationException($"Letter {Id} is {Status}; only a queued letter is sent.");
        }

        Status = LetterStatus.Sent;
        SentAt = at;
        BatchId = batchId;
        Version++;
    }
}
