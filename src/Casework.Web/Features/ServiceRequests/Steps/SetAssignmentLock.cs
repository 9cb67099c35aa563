using Casework.Domain.Common;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>A team leader locks or unlocks the SR's assignment.</summary>
public static class SetAssignmentLock
{
    public static Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, string reference, AssignmentLockRequest request, CancellationToken ct) =>
        request.Locked is not { } locked
            ? Task.FromResult<Result<ServiceRequestDto>>(InvalidInput.For("locked", "Say whether the assignment is locked (true or false)."))
            : work.RunAsync(reference, request.Version, (sr, by, at) => sr.SetAssignmentLock(locked, by, at), ct);
}
