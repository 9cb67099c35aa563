using Casework.Domain.Common;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>An activity of the SR's plan marked done.</summary>
public static class CompleteActivity
{
    public static Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, string reference, int activity, int? version, CancellationToken ct) =>
        work.RunAsync(reference, version, (sr, by, at) => sr.CompleteActivity(activity, by, at), ct);
}
