using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Casework.Web.Infrastructure.Security;

namespace Casework.Web.Features.Clients;

/// <summary>
/// The client record (P-03) and what a caseworker changes on it: contact suppression (CON-04) and whether an outbound
/// call may be made. Each command loads the client, calls one domain method and saves once with its audit.
/// </summary>
public sealed class ClientHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time, AccessAudit access)
{
    public async Task<Result<ClientDto>> GetAsync(string scin, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return Missing(scin);
        }

        await access.RecordAsync(AccessKinds.ClientRecord, client.Scin, client.Scin, ct);
        return await ToDtoAsync(client, ct);
    }

    public async Task<Result<ClientDto>> SuppressAsync(string scin, SuppressContactRequest request, CancellationToken ct) =>
        await ChangeAsync(scin, (c, by, at) => c.SuppressContact(request.Reason ?? string.Empty, by, at), ct);

    public async Task<Result<ClientDto>> LiftSuppressionAsync(string scin, CancellationToken ct) =>
        await ChangeAsync(scin, (c, by, at) => c.LiftContactSuppression(by, at), ct);

    /// <summary>COR-04: the client's letters in standard print, large print or braille (the same body as the employer's route).</summary>
    public async Task<Result<ClientDto>> SetLetterFormatAsync(string scin, Employers.LetterFormatRequest request, CancellationToken ct)
    {
        var validation = new Validation().Enum<LetterFormat>("format", request.Format, required: true, "Choose Standard, LargePrint or Braille");
        return validation.IsValid
            ? await ChangeAsync(scin, (c, by, at) => Use(c, Validation.ParseEnum<LetterFormat>(request.Format!), by, at), ct)
            : validation.ToRefusal();

        static Refusal? Use(Client c, LetterFormat format, Actor by, DateTimeOffset at)
        {
            c.UseLetterFormat(format, by, at);
            return null;
        }
    }

    /// <summary>CON-01/02 with CON-04 first: no outbound call to a client whose contact is suppressed.</summary>
    public async Task<Result<OutboundCallCheckDto>> CheckOutboundCallAsync(string scin, OutboundCallCheckRequest r, CancellationToken ct)
    {
        var validation = new Validation().Enum<ContactReason>("reason", r.Reason, required: true, "Choose why the call would be made");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return Missing(scin);
        }

        if (client.ContactSuppressedBecause is { } because)
        {
            return new RuleBroken($"CON-04: no outbound call may be made to {client.Name}: contact is suppressed ({because}).");
        }

        var decision = OutboundCallRules.Decide(Validation.ParseEnum<ContactReason>(r.Reason!), client.Role, r.ClientAsked ?? false, false);
        return new OutboundCallCheckDto(decision.CallNeeded, decision.Rule);
    }

    internal async Task<Result<ClientDto>> ChangeAsync(string scin, Func<Client, Actor, DateTimeOffset, Refusal?> change, CancellationToken ct)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return Missing(scin);
        }

        var actor = await actors.RequireAsync(ct);
        if (change(client, actor, time.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(client, ct);
    }

    internal static NotFound Missing(string scin) => new($"No client has SCIN {scin}.");

    internal async Task<ClientDto> ToDtoAsync(Client c, CancellationToken ct)
    {
        var cases = await db.ClientCases.AsNoTracking().Where(k => k.PayingParentScin == c.Scin || k.ReceivingParentScin == c.Scin)
            .OrderBy(k => k.CaseNumber).ToListAsync(ct);
        var others = cases.Select(k => k.PayingParentScin == c.Scin ? k.ReceivingParentScin : k.PayingParentScin).Distinct().ToList();
        var otherClients = await db.Clients.AsNoTracking().Where(o => others.Contains(o.Scin)).ToListAsync(ct);
        var representatives = await db.Representatives.AsNoTracking().Where(r => r.ActingForScin == c.Scin).OrderBy(r => r.Id).ToListAsync(ct);
        return new ClientDto(
            c.Scin, c.Name, c.Role, c.PreferredLanguage, c.Region, c.Secrets is not null, c.ContactSuppressedBecause, c.RestrictsDisclosure,
            [.. c.RiskFlags.Select(f => new RiskFlagDto(f.Kind, f.Note, f.RecordedAt, f.RecordedBy))],
            [.. cases.Select(k => CaseOf(k, c.Scin, otherClients.FirstOrDefault(o => k.Involves(o.Scin) && o.Scin != c.Scin)))],
            [.. representatives.Select(ToDto)],
            c.Version,
            new AddressDto(c.AddressLine1, c.Postcode),
            c.Phone,
            c.LetterFormat);
    }

    internal static RepresentativeDto ToDto(Representative r) =>
        new(r.Trn, r.Name, r.PowerOfAttorney, r.EmployerErn, r.Status, r.RemovedBecause, r.Secrets is not null, r.Version,
            r.Address is { } a ? new AddressDto(a.Line1, a.Postcode) : null);

    /// <summary>CON-06: where the other parent has a domestic violence risk, nothing about them is shown on this client's record.</summary>
    private static ClientCaseDto CaseOf(ClientCase k, string scin, Client? other)
    {
        var role = k.PayingParentScin == scin ? ClientRole.PayingParent : ClientRole.ReceivingParent;
        var withheld = other?.RestrictsDisclosure == true;
        var otherScin = role == ClientRole.PayingParent ? k.ReceivingParentScin : k.PayingParentScin;
        return new ClientCaseDto(
            k.CaseNumber, role, withheld ? null : otherScin, withheld ? null : other?.Name, withheld,
            k.QualifyingChildren, new OwnerDto(k.Owner.Kind, k.Owner.StaffNumber, k.Owner.Name, k.Owner.TeamCode));
    }
}
