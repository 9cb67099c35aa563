using Casework.Web.Infrastructure;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>Subject access requests (CON-05). Roles are checked in the handlers, so a 403 says who may act.</summary>
public static class SubjectAccessEndpoints
{
    public static void MapSubjectAccess(this IEndpointRouteBuilder api)
    {
        var sars = api.MapGroup("/subject-access-requests");
        sars.MapPost("/", async (LogSubjectAccessRequestRequest request, SubjectAccessHandlers h, CancellationToken ct) =>
            (await h.LogAsync(request, ct)).ToHttp(s => TypedResults.Created($"/api/subject-access-requests/{s.Reference}", s)));

        sars.MapGet("/", async (SubjectAccessHandlers h, CancellationToken ct) => TypedResults.Ok(await h.ListOpenAsync(ct)));

        sars.MapGet("/{reference}", async (string reference, SubjectAccessHandlers h, CancellationToken ct) =>
            (await h.GetAsync(reference, ct)).ToOk());

        sars.MapGet("/{reference}/export", async (string reference, SubjectAccessHandlers h, CancellationToken ct) =>
            (await h.ExportAsync(reference, ct)).ToHttp(e => TypedResults.File(e.Bytes, "application/zip", e.FileName)));

        sars.MapPost("/{reference}/complete", async (string reference, SubjectAccessHandlers h, CancellationToken ct) =>
            (await h.CompleteAsync(reference, ct)).ToOk());
    }
}
