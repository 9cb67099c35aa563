using Casework.Domain.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

public sealed record ServiceRequestSummaryDto(
    string Reference, string Process, string Area, string SubArea, ServiceRequestStatus Status, string SubStatus,
    DateTimeOffset CreatedAt, DateOnly TargetDate, string? OwnerName, string OwnerTeam);

public sealed partial class ServiceRequestHandlers
{
    /// <summary>The employer's service requests, newest first, for the employer page.</summary>
    public async Task<IReadOnlyList<ServiceRequestSummaryDto>> ForEmployerAsync(string ern, CancellationToken ct) =>
        await db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.EmployerErn == ern)
            .OrderByDescending(s => s.Id)
            .Take(100)
            .Select(s => new ServiceRequestSummaryDto(
                s.Reference, s.Process, s.Area, s.SubArea, s.Status, s.SubStatus, s.CreatedAt, s.TargetDate, s.OwnerName, s.OwnerTeamCode))
            .ToListAsync(ct);
}
