using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>A note on the SR. Sent without a version it is an append: retried on a concurrent change, never refused for one.</summary>
public static class AddNote
{
    public static Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, string reference, AddNoteRequest request, CancellationToken ct)
    {
        Task<Result<ServiceRequestDto>> Add() =>
            work.RunAsync(reference, request.Version, (sr, by, at) => sr.AddNote(request.Text ?? string.Empty, by, at), ct);
        return request.Version is null ? ConcurrencyConflicts.RetryAppendAsync(work.Db, work.Logger, "A note on " + reference, Add, ct) : Add();
    }
}
