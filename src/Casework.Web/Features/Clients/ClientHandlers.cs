using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>
/// Client records (P-03): risk flags (CON-06) and contact suppression (CON-04). A threat of suicide puts a referral
/// in the team leader's inbox in the same save as the flag, so it can never be recorded without being referred.
/// </summary>
public sealed class ClientHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public async Task<Result<ClientDto>> GetAsync(string scin, CancellationToken ct) =>
        await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Scin == scin, ct) is { } client ? Dto(client) : Missing(scin);

    public async Task<Result<RiskRecordedDto>> RecordRiskAsync(string scin, RecordRiskRequest request, CancellationToken ct)
    {
        var validation = new Validation()
            .Enum<RiskKind>("kind", request.Kind, required: true, "Choose the risk")
            .MaxLength("note", request.Note, 2000);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var client = await db.Clients.FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return Missing(scin);
        }

        var actor = await actors.RequireAsync(ct);
        var now = time.GetUtcNow();
        var kind = Validation.ParseEnum<RiskKind>(request.Kind!);
        var recorded = client.RecordRisk(kind, request.Note ?? string.Empty, actor, now);
        if (!recorded.IsSuccess)
        {
            return recorded.Refusal!;
        }

        RiskReferral? referral = null;
        if (recorded.Value!.ReferToTeamLeaderNow)
        {
            referral = new RiskReferral
            {
                Scin = client.Scin,
                ClientName = client.Name,
                Note = request.Note!.Trim(),
                RaisedBy = $"{actor.Name} ({actor.StaffNumber})",
                RaisedAt = now,
                TeamCode = actor.TeamCode,
            };
            db.RiskReferrals.Add(referral);
        }

        await db.SaveChangesAsync(ct);
        return new RiskRecordedDto(kind.ToString(), referral is not null, referral?.Reference, client.RestrictsDisclosure, recorded.Value.Rule);
    }

    public async Task<Result<ClientDto>> SuppressContactAsync(string scin, SuppressContactRequest request, CancellationToken ct)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return Missing(scin);
        }

        var actor = await actors.RequireAsync(ct);
        var refusal = string.IsNullOrWhiteSpace(request.Reason)
            ? client.LiftContactSuppression(actor, time.GetUtcNow())
            : client.SuppressContact(request.Reason, actor, time.GetUtcNow());
        if (refusal is not null)
        {
            return refusal;
        }

        await db.SaveChangesAsync(ct);
        return Dto(client);
    }

    private static ClientDto Dto(Client c) => new(
        c.Scin, c.Name, c.Role.ToString(), c.PreferredLanguage.ToString(), c.Region.ToString(), c.Secrets is not null,
        c.ContactSuppressedBecause, c.RestrictsDisclosure,
        [.. c.RiskFlags.Select(f => new RiskFlagDto(f.Kind.ToString(), f.Note, f.RecordedAt, f.RecordedBy))], c.Version);

    private static NotFound Missing(string scin) => new($"No client has SCIN {scin}.");
}
