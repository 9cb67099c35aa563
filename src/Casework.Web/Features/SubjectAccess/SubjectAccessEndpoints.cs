using Casework.Domain.Common;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Security;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>Subject access requests (CON-05) and the access log (SEC-09); who may use each is in SubjectAccessAccess.</summary>
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

        // SEC-09: who looked at a subject (SCIN, ERN, EARN or TRN), newest first.
        api.MapGet("/access-log", async (string? subject, AccessAudit access, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(subject)
                ? InvalidInput.For("subject", "Give the SCIN, ERN, EARN or TRN of the subject.").ToProblem()
                : TypedResults.Ok(await access.ForSubjectAsync(subject.Trim(), ct)));

        sars.MapPost("/{reference}/complete", async (string reference, SubjectAccessHandlers h, CancellationToken ct) =>
            (await h.CompleteAsync(reference, ct)).ToOk());
    }
}
