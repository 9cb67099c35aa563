using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>Subject access requests (CON-05): log, read, complete, and download everything held on the subject.</summary>
public static class SubjectAccessEndpoints
{
    public static void MapSubjectAccess(this IEndpointRouteBuilder api)
    {
        var sars = api.MapGroup("/subject-access-requests");
        sars.MapPost("/", async (LogSubjectAccessRequestRequest request, SubjectAccessHandlers h, CancellationToken ct) =>
                (await h.LogAsync(request, ct)).ToHttp(s => TypedResults.Created($"/api/subject-access-requests/{s.Reference}", s)))
            .RequireRoles(StaffRoles.Caseworker, StaffRoles.TeamLeader, StaffRoles.SubjectAccess);
        sars.MapGet("/{reference}", async (string reference, SubjectAccessHandlers h, CancellationToken ct) => (await h.GetAsync(reference, ct)).ToOk())
            .RequireRoles(StaffRoles.Caseworker, StaffRoles.TeamLeader, StaffRoles.SubjectAccess);
        sars.MapPost("/{reference}/complete", async (string reference, SubjectAccessHandlers h, CancellationToken ct) => (await h.CompleteAsync(reference, ct)).ToOk());
        sars.MapGet("/{reference}/export", async (string reference, SubjectAccessHandlers h, CancellationToken ct) =>
            (await h.ExportAsync(reference, ct)).ToHttp(f => TypedResults.File(f.Bytes, "application/zip", f.FileName)));
    }
}
