using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>A status move the transition table allows for the actor's role (SR-12: a cancellation carries its reason).</summary>
public static class ChangeStatus
{
    public static Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, string reference, ChangeStatusRequest request, CancellationToken ct)
    {
        var validation = new Validation().Enum<ServiceRequestStatus>("status", request.Status, required: true, "Choose a status");
        if (!validation.IsValid)
        {
            return Task.FromResult<Result<ServiceRequestDto>>(validation.ToRefusal());
        }

        var to = Validation.ParseEnum<ServiceRequestStatus>(request.Status!);
        return work.RunAsync(reference, request.Version, (sr, by, at) => sr.ChangeStatus(to, request.SubStatus, by, at, request.Reason), ct);
    }
}
