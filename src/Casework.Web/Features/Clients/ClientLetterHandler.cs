using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Features.Letters;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>
/// Letters to a client and to the representatives acting for them (COR-01/02/05, P-05, P-07): one path for both,
/// queued through the same outbox as every letter, in the client's language and format, sent by the end-of-day batch.
/// A suppressed client (CON-04) gets none, nor do their representatives: refused here, withdrawn by the batch if
/// suppression (or a representative's removal) came after queueing.
/// </summary>
public sealed class ClientLetterHandler(CaseworkDbContext db, CurrentActor actors, LetterOutbox outbox, LetterRecipients recipients)
{
    public Task<Result<LetterDto>> QueueAsync(string scin, ClientLetterRequest r, CancellationToken ct) =>
        QueueAsync(r, ct => recipients.ForClientAsync(scin, ct), ct);

    public Task<Result<LetterDto>> QueueToRepresentativeAsync(string trn, ClientLetterRequest r, CancellationToken ct) =>
        QueueAsync(r, ct => recipients.ForRepresentativeAsync(trn, ct), ct);

    /// <summary>A client's letters and their representatives' letters, oldest first.</summary>
    public async Task<Result<IReadOnlyList<LetterDto>>> ListAsync(string scin, CancellationToken ct)
    {
        if (!await db.Clients.AnyAsync(c => c.Scin == scin, ct))
        {
            return ClientHandlers.Missing(scin);
        }

        var representatives = await db.Representatives.AsNoTracking().Where(x => x.ActingForScin == scin).Select(x => x.Trn).ToListAsync(ct);
        var letters = await db.Letters.AsNoTracking()
            .Where(l => (l.RecipientKind == LetterRecipients.ClientKind && l.RecipientReference == scin)
                || (l.RecipientKind == LetterRecipients.RepresentativeKind && representatives.Contains(l.RecipientReference)))
            .OrderBy(l => l.Id).ToListAsync(ct);
        return letters.Select(LetterHandlers.ToDto).ToList();
    }

    public async Task<Result<IReadOnlyList<LetterDto>>> ListForRepresentativeAsync(string trn, CancellationToken ct)
    {
        if (!await db.Representatives.AnyAsync(x => x.Trn == trn, ct))
        {
            return new NotFound($"No representative has TRN {trn}.");
        }

        var letters = await db.Letters.AsNoTracking()
            .Where(l => l.RecipientKind == LetterRecipients.RepresentativeKind && l.RecipientReference == trn)
            .OrderBy(l => l.Id).ToListAsync(ct);
        return letters.Select(LetterHandlers.ToDto).ToList();
    }

    private async Task<Result<LetterDto>> QueueAsync(
        ClientLetterRequest r, Func<CancellationToken, Task<Result<LetterRecipient>>> recipientOf, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var validation = new Validation().Required("code", r.Code, "Choose the letter.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var recipient = await recipientOf(ct);
        if (!recipient.IsSuccess)
        {
            return recipient.Refusal!;
        }

        var fields = new Dictionary<string, string>(r.Fields ?? [], StringComparer.Ordinal);
        // The letter templates name their addressee field after the employer letters they were written for.
        fields.TryAdd("employerName", recipient.Value!.Name);
        fields.TryAdd("complaintReference", recipient.Value.Reference);
        fields.TryAdd("caseworkerName", actor.Name);
        var letter = outbox.Queue(r.Code!.Trim().ToUpperInvariant(), recipient.Value, null, fields, r.Paragraphs ?? [], r.FreeText, actor);
        if (!letter.IsSuccess)
        {
            return letter.Refusal!;
        }

        await db.SaveChangesAsync(ct);
        return LetterHandlers.ToDto(letter.Value!);
    }
}
