using Casework.Domain.Common;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Letters;

namespace Casework.Web.Features.Letters;

/// <summary>The Letters section of API.md, plus manual issue (POST /api/letters).</summary>
public static class LetterEndpoints
{
    public static void MapLetters(this IEndpointRouteBuilder api)
    {
        var letters = api.MapGroup("/letters");
        letters.MapGet("/", async (string? serviceRequest, LetterHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(serviceRequest, ct)));

        letters.MapPost("/", async (QueueLetterRequest request, LetterHandlers h, CancellationToken ct) =>
            (await h.QueueAsync(request, ct)).ToHttp(l => TypedResults.Created($"/api/letters/{l.Id}", l)));

        letters.MapGet("/{id:int}/document", async (int id, LetterHandlers h, CancellationToken ct) =>
            (await h.DocumentAsync(id, ct)).ToHttp(d => TypedResults.File(d.Bytes, d.ContentType, d.FileName)));

        letters.MapPost("/{id:int}/cancel", async (int id, int? version, LetterHandlers h, CancellationToken ct) =>
            (await h.CancelAsync(id, version, ct)).ToOk());

        letters.MapPost("/{id:int}/reissue", async (int id, LetterHandlers h, CancellationToken ct) =>
            (await h.ReissueAsync(id, ct)).ToHttp(l => TypedResults.Created($"/api/letters/{l.Id}", l)));

        letters.MapPost("/batch", async (LetterBatch batch, CancellationToken ct) =>
            TypedResults.Ok(await batch.RunAsync(ct)));
    }
}
