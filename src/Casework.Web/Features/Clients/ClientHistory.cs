using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Data;
using Casework.Web.Features.Compliments;
using Casework.Web.Features.Employers;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>A call taken from the client or one of their representatives, with the SRs raised on it (SEC-06).</summary>
public sealed record ClientCallDto(
    int Id, CallerKind CallerKind, string CallerReference, SecurityCheckStatus Status, DateTimeOffset StartedAt, string StartedBy,
    IReadOnlyList<string> ServiceRequests);

/// <summary>
/// What the client page lists beside the record: the client's SRs (paged, newest first, SR-10), the calls taken from
/// the client or their representatives, and the compliments recorded against the client (OUT-06).
/// </summary>
public sealed class ClientHistory(CaseworkDbContext db, ComplimentHandlers compliments)
{
    public const int ServiceRequestPageSize = 10;
    public const int CallLimit = 50;

    public Task<PagedDto<ServiceRequestListItemDto>> ServiceRequestsAsync(string scin, int page, CancellationToken ct) =>
        ServiceRequestSearch.PageAsync(
            db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes().Where(s => s.ClientScin == scin),
            Math.Clamp(page, 1, int.MaxValue / ServiceRequestPageSize), ServiceRequestPageSize, ct);

    /// <summary>The latest calls, newest first: the client's own and those of anyone who has represented them.</summary>
    public async Task<IReadOnlyList<ClientCallDto>> CallsAsync(string scin, IEnumerable<string> representativeTrns, CancellationToken ct)
    {
        var trns = representativeTrns.ToList();
        var calls = await db.Calls.AsNoTracking()
            .Where(c => ((c.CallerKind == CallerKind.PayingParent || c.CallerKind == CallerKind.ReceivingParent) && c.CallerReference == scin)
                || (c.CallerKind == CallerKind.Representative && trns.Contains(c.CallerReference)))
            .OrderByDescending(c => c.Id).Take(CallLimit)
            .Select(c => new { c.Id, c.CallerKind, c.CallerReference, c.Status, c.StartedAt, c.StartedBy })
            .ToListAsync(ct);
        var ids = calls.Select(c => c.Id).ToList();
        var links = await db.CallServiceRequests.AsNoTracking().Where(l => ids.Contains(l.CallId))
            .Select(l => new { l.CallId, l.ServiceRequestReference }).ToListAsync(ct);
        return [.. calls.Select(c => new ClientCallDto(
            c.Id, c.CallerKind, c.CallerReference, c.Status, c.StartedAt, c.StartedBy,
            [.. links.Where(l => l.CallId == c.Id).Select(l => l.ServiceRequestReference).Order(StringComparer.Ordinal)]))];
    }

    public Task<List<ComplimentDto>> ComplimentsAsync(string scin, CancellationToken ct) => compliments.ListAsync(null, scin, null, ct);
}
