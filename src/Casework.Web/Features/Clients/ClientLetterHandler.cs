using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Features.Letters;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>
/// Letters to a client (COR-01/02/05): queued through the same outbox as every letter, in the client's language, sent
/// by the end-of-day batch. A suppressed client (CON-04) gets none: refused here, withdrawn by the batch if suppression
/// came after queueing.
/// </summary>
public sealed class ClientLetterHandler(CaseworkDbContext db, CurrentActor actors, LetterOutbox outbox, LetterRecipients recipients)
{
    public async Task<Result<LetterDto>> QueueAsync(string scin, ClientLetterRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var validation = new Validation().Required("code", r.Code, "Choose the letter.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var recipient = await recipients.ForClientAsync(scin, ct);
        if (!recipient.IsSuccess)
        {
            return recipient.Refusal!;
        }

        var fields = new Dictionary<string, string>(r.Fields ?? [], StringComparer.Ordinal);
        // The letter templates name their addressee field after the employer letters they were written for.
        fields.TryAdd("employerName", recipient.Value!.Name);
        fields.TryAdd("complaintReference", scin);
        fields.TryAdd("caseworkerName", actor.Name);
        var letter = outbox.Queue(r.Code!.Trim().ToUpperInvariant(), recipient.Value, null, fields, r.Paragraphs ?? [], r.FreeText, actor);
        if (!letter.IsSuccess)
        {
            return letter.Refusal!;
        }

        await db.SaveChangesAsync(ct);
        return LetterHandlers.ToDto(letter.Value!);
    }

    public async Task<Result<IReadOnlyList<LetterDto>>> ListAsync(string scin, CancellationToken ct)
    {
        if (!await db.Clients.AnyAsync(c => c.Scin == scin, ct))
        {
            return ClientHandlers.Missing(scin);
        }

        var letters = await db.Letters.AsNoTracking().Where(l => l.RecipientKind == "Client" && l.RecipientReference == scin)
            .OrderBy(l => l.Id).ToListAsync(ct);
        return letters.Select(LetterHandlers.ToDto).ToList();
    }
}
