using Casework.Domain.Common;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>The caseworker takes the SR into their own inbox.</summary>
public static class TakeOwnership
{
    public static Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, string reference, int? version, CancellationToken ct) =>
        work.RunAsync(reference, version, (sr, by, at) => sr.TakeOwnership(by, at), ct);
}
