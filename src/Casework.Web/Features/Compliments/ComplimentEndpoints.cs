using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Compliments;

/// <summary>OUT-06: POST /api/compliments, GET /api/compliments?staffNumber=|clientScin=|subject=, GET /api/compliments/{id}.</summary>
public static class ComplimentEndpoints
{
    public static void MapCompliments(this IEndpointRouteBuilder api)
    {
        var compliments = api.MapGroup("/compliments");
        compliments.MapPost("/", async (RecordComplimentRequest request, ComplimentHandlers h, CancellationToken ct) =>
            (await h.RecordAsync(request, ct)).ToHttp(c => TypedResults.Created($"/api/compliments/{c.Id}", c)));

        compliments.MapGet("/", async (string? staffNumber, string? clientScin, string? subject, ComplimentHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(staffNumber, clientScin, subject, ct)));

        compliments.MapGet("/{id:int}", async (int id, ComplimentHandlers h, CancellationToken ct) =>
            (await h.GetAsync(id, ct)).ToOk());
    }
}
