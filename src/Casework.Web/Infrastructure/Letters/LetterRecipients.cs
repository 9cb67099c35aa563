using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure.Letters;

/// <summary>Builds the recipient of a letter from the party's record: address, format and language preferences.</summary>
public sealed class LetterRecipients(CaseworkDbContext db)
{
    public async Task<Result<LetterRecipient>> ForEmployerAsync(string ern, CancellationToken ct) =>
        ForEmployer(await db.Employers.AsNoTracking().FirstOrDefaultAsync(x => x.Ern == ern, ct), ern);

    /// <summary>The recipient for an employer the caller has already read (null: there is no employer <paramref name="ern"/>).</summary>
    public static Result<LetterRecipient> ForEmployer(Employer? e, string ern)
    {
        if (e is null)
        {
            return new NotFound($"No employer has ERN {ern}.");
        }

        return new LetterRecipient(
            "Employer", e.Ern, e.Name, [e.Name, .. Lines(e.PayrollAddress ?? e.CompanyAddress)], e.Email, e.LetterFormat,
            e.PreferredLanguage == PreferredLanguage.Welsh ? LetterLanguage.Welsh : LetterLanguage.English,
            e.ContactSuppressedBecause);
    }

    public async Task<Result<LetterRecipient>> ForAgentAsync(string earn, CancellationToken ct)
    {
        var a = await db.Agents.AsNoTracking().FirstOrDefaultAsync(x => x.Earn == earn, ct);
        return a is null
            ? new NotFound($"No agent has EARN {earn}.")
            : new LetterRecipient("Agent", a.Earn, a.Name, [a.Name, a.AddressLine1, a.Postcode], a.Email, LetterFormat.Standard, LetterLanguage.English);
    }

    /// <summary>
    /// A paying or receiving parent at their address (P-07), in their language and format (COR-04/05); contact suppression
    /// (CON-04) stops their letters at queueing and at the batch.
    /// </summary>
    public async Task<Result<LetterRecipient>> ForClientAsync(string scin, CancellationToken ct)
    {
        var c = await db.Clients.AsNoTracking().FirstOrDefaultAsync(x => x.Scin == scin, ct);
        return c is null
            ? new NotFound($"No client has SCIN {scin}.")
            : new LetterRecipient(ClientKind, c.Scin, c.Name, [c.Name, .. c.AddressLines], null, c.LetterFormat,
                c.PreferredLanguage == PreferredLanguage.Welsh ? LetterLanguage.Welsh : LetterLanguage.English,
                c.ContactSuppressedBecause);
    }

    public const string ClientKind = "Client";

    public const string RepresentativeKind = "Representative";

    /// <summary>
    /// A representative (P-05) writes for the client, so the letter is in the client's language and format (COR-04/05)
    /// and stops when the client's contact is suppressed (CON-04). It goes to the representative's own address, or, for
    /// an employer acting as representative, to the employer's. A removed representative gets no letter (409, and the
    /// batch withdraws one queued before the removal); one with no address cannot be written to (422).
    /// </summary>
    public async Task<Result<LetterRecipient>> ForRepresentativeAsync(string trn, CancellationToken ct)
    {
        var r = await db.Representatives.AsNoTracking().FirstOrDefaultAsync(x => x.Trn == trn, ct);
        if (r is null)
        {
            return new NotFound($"No representative has TRN {trn}.");
        }

        if (r.Status == Domain.Clients.RepresentativeStatus.Removed)
        {
            return new NotAllowedInState($"Representative {r.Trn} was removed ({r.RemovedBecause}); no letter goes to them.");
        }

        var client = await db.Clients.AsNoTracking().FirstAsync(c => c.Scin == r.ActingForScin, ct);
        IReadOnlyList<string> writesFor = [];
        IReadOnlyList<string> address = r.Address?.Lines ?? [];
        if (r.EmployerErn is { } ern)
        {
            var employer = await db.Employers.AsNoTracking().Where(e => e.Ern == ern)
                .Select(e => new { e.Name, Address = e.PayrollAddress ?? e.CompanyAddress }).FirstAsync(ct);
            writesFor = [employer.Name];
            address = [.. Lines(employer.Address)];
        }

        if (address.Count == 0)
        {
            return new RuleBroken($"P-07: representative {r.Trn} has no address to write to; record it on the client's page first.");
        }

        return new LetterRecipient(RepresentativeKind, r.Trn, r.Name, [r.Name, .. writesFor, .. address], null, client.LetterFormat,
            client.PreferredLanguage == PreferredLanguage.Welsh ? LetterLanguage.Welsh : LetterLanguage.English,
            client.ContactSuppressedBecause);
    }

    public async Task<Result<LetterRecipient>> ForAsync(string kind, string reference, CancellationToken ct) => kind switch
    {
        "Agent" => await ForAgentAsync(reference, ct),
        ClientKind => await ForClientAsync(reference, ct),
        RepresentativeKind => await ForRepresentativeAsync(reference, ct),
        _ => await ForEmployerAsync(reference, ct),
    };

    private static IEnumerable<string> Lines(string? address) =>
        (address ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
