using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

public sealed record ServiceRequestListItemDto(
    string Reference, string Process, string Area, string SubArea, ServiceRequestStatus Status, DateOnly TargetDate);

/// <summary>What a search term turned out to be: the page goes straight to it (SR-10).</summary>
public enum SearchHit
{
    Nothing,
    ServiceRequest,
    Employer,
    Agent,
    Client,
}

public sealed record ServiceRequestSearchResult(SearchHit Hit, string Term, PagedDto<ServiceRequestListItemDto> Page);

/// <summary>
/// Finding work (SR-10): an SR reference (exact), or an ERN, EARN or SCIN for that party's SRs, newest first.
/// Each step is a lookup on a unique or party index, so a search never scans the SR table.
/// </summary>
public sealed class ServiceRequestSearch(CaseworkDbContext db)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public async Task<ServiceRequestSearchResult> SearchAsync(string term, int page, int pageSize, CancellationToken ct)
    {
        term = term.Trim();
        var reference = term.ToUpperInvariant();
        var srs = db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes();
        if (reference.StartsWith("SR", StringComparison.Ordinal))
        {
            var one = srs.Where(s => s.Reference == reference);
            return new(await one.AnyAsync(ct) ? SearchHit.ServiceRequest : SearchHit.Nothing, reference, await PageAsync(one, page, pageSize, ct));
        }

        if (await db.Employers.AnyAsync(e => e.Ern == term, ct))
        {
            return new(SearchHit.Employer, term, await PageAsync(srs.Where(s => s.EmployerErn == term), page, pageSize, ct));
        }

        if (await db.Agents.AnyAsync(a => a.Earn == term, ct))
        {
            return new(SearchHit.Agent, term, await PageAsync(srs.Where(s => s.AgentEarn == term), page, pageSize, ct));
        }

        if (await db.Clients.AnyAsync(c => c.Scin == term, ct))
        {
            return new(SearchHit.Client, term, await PageAsync(srs.Where(s => s.ClientScin == term), page, pageSize, ct));
        }

        return new(SearchHit.Nothing, term, new PagedDto<ServiceRequestListItemDto>([], 0, page, pageSize));
    }

    /// <summary>A party's SRs, newest first, one page (SR-10: the employer's, agent's and client's lists).</summary>
    public static async Task<PagedDto<ServiceRequestListItemDto>> PageAsync(
        IQueryable<ServiceRequest> srs, int page, int pageSize, CancellationToken ct)
    {
        var total = await srs.CountAsync(ct);
        var items = total == 0 ? [] : await srs.OrderByDescending(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(s => new ServiceRequestListItemDto(s.Reference, s.Process, s.Area, s.SubArea, s.Status, s.TargetDate))
            .ToListAsync(ct);
        return new PagedDto<ServiceRequestListItemDto>(items, total, page, pageSize);
    }
}
