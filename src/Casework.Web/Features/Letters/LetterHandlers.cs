using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;
using Casework.Web.Infrastructure.Security;
using System.Globalization;

namespace Casework.Web.Features.Letters;

public sealed record LetterDto(
    int Id, string Code, LetterStatus Status, LetterFormat Format, LetterLanguage Language, DateTimeOffset CreatedAt,
    string? ServiceRequest, string RecipientName, string CreatedBy, DateTimeOffset? SentAt, int? ReissueOf, string? CancelledBy, int Version);

public sealed record QueueLetterRequest(
    string? ServiceRequest, string? Code, Dictionary<string, string>? Fields, List<string>? Paragraphs, string? FreeText);

/// <summary>Letters tab, preview, cancel (COR-02), re-issue (COR-03), manual issue and the batch.</summary>
public sealed class LetterHandlers(
    CaseworkDbContext db, CurrentActor actors, LetterOutbox outbox, LetterRecipients recipients, LetterDocuments documents, TimeProvider time,
    Infrastructure.Telemetry.CaseworkMetrics metrics,
    AccessAudit access)
{
    public async Task<IReadOnlyList<LetterDto>> ListAsync(string? serviceRequest, CancellationToken ct)
    {
        var query = db.Letters.AsNoTracking();
        query = serviceRequest is null
            ? query.Where(l => l.Status == LetterStatus.Queued)
            : query.Where(l => l.ServiceRequestReference == serviceRequest);
        var letters = await query.OrderBy(l => l.Id).Take(1000).ToListAsync(ct);
        return [.. letters.Select(ToDto)];
    }

    public async Task<Result<LetterDto>> QueueAsync(QueueLetterRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("serviceRequest", r.ServiceRequest, "Give the service request the letter belongs to.")
            .Required("code", r.Code, "Choose the letter.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var sr = await db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes().FirstOrDefaultAsync(s => s.Reference == r.ServiceRequest, ct);
        if (sr is null)
        {
            return InvalidInput.For("serviceRequest", $"No service request has reference {r.ServiceRequest}.");
        }

        var recipient = sr.EmployerErn is { } ern ? await recipients.ForEmployerAsync(ern, ct) : await recipients.ForAgentAsync(sr.AgentEarn!, ct);
        if (!recipient.IsSuccess)
        {
            return recipient.Refusal!;
        }

        var actor = await actors.RequireAsync(ct);
        var fields = new Dictionary<string, string>(r.Fields ?? [], StringComparer.Ordinal);
        fields.TryAdd("employerName", recipient.Value!.Name);
        fields.TryAdd("complaintReference", sr.Reference);
        fields.TryAdd("caseworkerName", actor.Name);
        var letter = outbox.Queue(r.Code!.Trim().ToUpperInvariant(), recipient.Value, sr.Reference, fields, r.Paragraphs ?? [], r.FreeText, actor);
        if (!letter.IsSuccess)
        {
            return letter.Refusal!;
        }

        await db.SaveChangesAsync(ct);
        return ToDto(letter.Value!);
    }

    public async Task<Result<LetterDto>> CancelAsync(int id, int? version, CancellationToken ct)
    {
        var letter = await db.Letters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null)
        {
            return Missing(id);
        }

        if (version is { } v && v != letter.Version)
        {
            return new NotAllowedInState($"Letter {id} was changed by someone else. Reload it and try again.");
        }

        if (letter.Cancel(await actors.RequireAsync(ct), time.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(ct);
        metrics.LetterCancelled(letter);
        return ToDto(letter);
    }

    public async Task<Result<LetterDto>> ReissueAsync(int id, CancellationToken ct)
    {
        var original = await db.Letters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (original is null)
        {
            return Missing(id);
        }

        if (original.Status != LetterStatus.Sent)
        {
            return new NotAllowedInState($"Letter {id} is {original.Status.ToString().ToLowerInvariant()}; only a sent letter can be re-issued.");
        }

        var recipient = await recipients.ForAsync(original.RecipientKind, original.RecipientReference, ct);
        if (!recipient.IsSuccess)
        {
            return recipient.Refusal!;
        }

        var copy = outbox.Reissue(original, recipient.Value!, await actors.RequireAsync(ct));
        if (!copy.IsSuccess)
        {
            return copy.Refusal!;
        }

        await db.SaveChangesAsync(ct);
        return ToDto(copy.Value!);
    }

    public async Task<Result<LetterDocument>> DocumentAsync(int id, CancellationToken ct)
    {
        var letter = await db.Letters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null)
        {
            return Missing(id);
        }

        if (documents.CannotRenderBecause(letter) is { } reason)
        {
            return new NotAllowedInState($"Letter {id} cannot be produced yet: {reason}");
        }

        var document = documents.Render(letter, ct);
        await access.RecordAsync(AccessKinds.LetterDocument, letter.RecipientReference, id.ToString(CultureInfo.InvariantCulture), ct);
        return document;
    }

    public static LetterDto ToDto(Letter l) => new(
        l.Id, l.Code, l.Status, l.Format, l.Language, l.CreatedAt, l.ServiceRequestReference, l.RecipientName, l.CreatedBy,
        l.SentAt, l.ReissueOfLetterId, l.CancelledBy, l.Version);

    private static NotFound Missing(int id) => new($"No letter has id {id}.");
}
