using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Representatives;

/// <summary>Set up, read, change and remove client representatives (P-05).</summary>
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
    }
}
