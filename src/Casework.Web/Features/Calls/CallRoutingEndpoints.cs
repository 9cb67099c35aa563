using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Calls;

/// <summary>POST /api/calls/route (API.md, Calls): where the telephony system puts a call from what the caller keyed.</summary>
public static class CallRoutingEndpoints
{
    public static void MapCallRouting(this IEndpointRouteBuilder api) =>
        api.MapPost("/calls/route", async (RouteCallRequest request, CallRouting routing, CancellationToken ct) =>
            (await routing.RouteAsync(request, ct)).ToOk());
}
