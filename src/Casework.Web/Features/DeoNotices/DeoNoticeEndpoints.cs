using Casework.Web.Infrastructure;

namespace Casework.Web.Features.DeoNotices;

/// <summary>
/// COR-07: re-issue of the CMSL2040 (DEO notice) and the employer's notes. Roles are checked in the handler, so a 403
/// is a problem whose detail says who may do it (API.md).
/// </summary>
public static class DeoNoticeEndpoints
{
    public static void MapDeoNotices(this IEndpointRouteBuilder api)
    {
        api.MapPost("/employers/{ern}/deo-notices/reissue", async (string ern, ReissueDeoNoticeRequest request, DeoNoticeHandlers h, CancellationToken ct) =>
            (await h.ReissueAsync(ern, request, ct)).ToHttp(r => TypedResults.Created($"/api/employers/{ern}/notes", r)));

        api.MapGet("/employers/{ern}/notes", async (string ern, DeoNoticeHandlers h, CancellationToken ct) =>
            (await h.NotesAsync(ern, ct)).ToOk());
    }
}
