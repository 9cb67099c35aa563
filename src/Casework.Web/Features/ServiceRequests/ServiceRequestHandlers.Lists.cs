using Casework.Domain.ServiceRequests;
using Casework.Web.Features.Employers;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

public sealed record ServiceRequestSummaryDto(
    string Reference, string Process, string Area, string SubArea, ServiceRequestStatus Status, string SubStatus,
    DateTimeOffset CreatedAt, DateOnly TargetDate, string? OwnerName, string OwnerTeam);

public sealed partial class ServiceRequestHandlers
{
    public const int EmployerPageSize = 25;

    /// <summary>One page of the employer's service requests, newest first, with the total (SR-10).</summary>
    public async Task<PagedDto<ServiceRequestSummaryDto>> ForEmployerAsync(string ern, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var srs = db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes().Where(s => s.EmployerErn == ern);
        var total = await srs.CountAsync(ct);
        var items = total == 0 ? [] : await srs
            .OrderByDescending(s => s.Id)
            .Skip((page - 1) * EmployerPageSize).Take(EmployerPageSize)
            .Select(s => new ServiceRequestSummaryDto(
                s.Reference, s.Process, s.Area, s.SubArea, s.Status, s.SubStatus, s.CreatedAt, s.TargetDate, s.OwnerName, s.OwnerTeamCode))
            .ToListAsync(ct);
        return new PagedDto<ServiceRequestSummaryDto>(items, total, page, EmployerPageSize);
    }
}
