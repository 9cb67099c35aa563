using Casework.Domain.Calendar;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>
/// Recording a client (P-03, P-07: the system assigns the SCIN) and finding one by any part of the name or by SCIN,
/// paged. A client whose record restricts disclosure (CON-06) is withheld from search results: a name search never
/// finds them, and their own SCIN shows the SCIN alone.
/// </summary>
public sealed class ClientRegistry(CaseworkDbContext db, CurrentActor actors, TimeProvider time, ReferenceNumbers references)
{
    public const int MaxPageSize = 200;

    public async Task<Result<ClientCreatedDto>> CreateAsync(CreateClientRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var validation = new Validation()
            .Enum<ClientRole>("role", r.Role, required: true, "Choose paying parent or receiving parent")
            .Enum<Region>("region", r.Region, required: true, "Choose the region")
            .Enum<PreferredLanguage>("preferredLanguage", r.PreferredLanguage, required: true, "Choose English or Welsh");
        var details = new RegisterClient(
            r.Name, Parse<ClientRole>(r.Role), r.AddressLine1, r.Postcode, Parse<Region>(r.Region), r.Phone, Parse<PreferredLanguage>(r.PreferredLanguage));
        // Name every bad field at once: the enum checks here, the rest from the domain's own rules.
        if (Client.Register("0", details, actor, time.GetUtcNow()).Refusal is InvalidInput invalid)
        {
            foreach (var (field, messages) in invalid.Errors.Where(e => !new[] { "role", "region", "preferredLanguage" }.Contains(e.Key)))
            {
                validation.Add(field, messages[0]);
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var client = Client.Register(await references.NextScinAsync(ct), details, actor, time.GetUtcNow()).Value!;
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ClientCreatedDto(client.Scin);
    }

    public async Task<PagedDto<ClientSummaryDto>> SearchAsync(string? search, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, int.MaxValue / MaxPageSize);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var term = search?.Trim() ?? string.Empty;
        var query = db.Clients.AsNoTracking();
        if (term.Length > 0)
        {
            var lower = term.ToLowerInvariant();
            // Translated to SQL lower(): culture overloads cannot be, and both providers' lower() agree for names.
#pragma warning disable CA1304, CA1311, CA1862
            query = term.All(char.IsAsciiDigit)
                ? query.Where(c => c.Scin.Contains(term))
                : query.Where(c => c.Name.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        // CON-06: a withheld client is found only by their exact SCIN, never by name or part of a number.
        var withheld = await WithheldScinsAsync(ct);
        query = query.Where(c => !withheld.Contains(c.Scin) || c.Scin == term);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(c => c.Name).ThenBy(c => c.Scin)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Scin, c.Name, c.Role })
            .ToListAsync(ct);
        return new PagedDto<ClientSummaryDto>(
            [.. rows.Select(c => withheld.Contains(c.Scin) ? new ClientSummaryDto(c.Scin, null, c.Role, true) : new ClientSummaryDto(c.Scin, c.Name, c.Role, false))],
            total, page, pageSize);
    }

    /// <summary>Clients with a domestic violence risk recorded (CON-06); few, so read once per search.</summary>
    private async Task<List<string>> WithheldScinsAsync(CancellationToken ct)
    {
        var flagged = await db.Clients.AsNoTracking().Where(c => c.RiskFlags.Any(f => f.Kind == RiskKind.DomesticViolence))
            .Select(c => c.Scin).ToListAsync(ct);
        return flagged;
    }

    private static TEnum? Parse<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
