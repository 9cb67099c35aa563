using Casework.Domain.Common;
using Casework.Web.Features.Clients;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Representatives;

/// <summary>Set up, read, change and remove client representatives (P-05), and write to them.</summary>
public static class RepresentativeEndpoints
{
    public static void MapRepresentatives(this IEndpointRouteBuilder api)
    {
        var representatives = api.MapGroup("/representatives");
        representatives.MapPost("/", async (SetUpRepresentativeRequest request, RepresentativeHandlers h, CancellationToken ct) =>
            (await h.SetUpAsync(request, ct)).ToHttp(r => TypedResults.Created($"/api/representatives/{r.Trn}", r)));
        representatives.MapGet("/{trn}", async (string trn, RepresentativeHandlers h, CancellationToken ct) => (await h.GetAsync(trn, ct)).ToOk());
        representatives.MapPost("/{trn}/change", async (string trn, ChangeRepresentativeRequest request, RepresentativeHandlers h, CancellationToken ct) =>
            (await h.ChangeAsync(trn, request, ct)).ToOk());
        representatives.MapPost("/{trn}/security", async (string trn, SecuritySetUpInput request, RepresentativeHandlers h, CancellationToken ct) =>
            (await h.ChangeSecurityAsync(trn, request, ct)).ToOk());
        representatives.MapPost("/{trn}/remove", async (string trn, RemoveRepresentativeRequest request, RepresentativeHandlers h, CancellationToken ct) =>
            (await h.RemoveAsync(trn, request, ct)).ToOk());

        // P-05 / P-07: letters to the representative share the client letters' path (language, format, suppression).
        representatives.MapGet("/{trn}/letters", async (string trn, ClientLetterHandler h, CancellationToken ct) =>
            (await h.ListForRepresentativeAsync(trn, ct)).ToOk());
        representatives.MapPost("/{trn}/letters", async (string trn, ClientLetterRequest request, ClientLetterHandler h, CancellationToken ct) =>
            (await h.QueueToRepresentativeAsync(trn, request, ct)).ToHttp(l => TypedResults.Created($"/api/letters/{l.Id}", l)));
    }
}
