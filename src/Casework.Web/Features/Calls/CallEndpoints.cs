using System.Globalization;
using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Calls;

/// <summary>API.md, Calls: start a call's security check and answer it; read the call record.</summary>
public static class CallEndpoints
{
    public static void MapCalls(this IEndpointRouteBuilder api)
    {
        var calls = api.MapGroup("/calls");
        calls.MapPost("/", async (StartCallRequest request, CallHandlers h, CancellationToken ct) =>
            Http(await h.StartAsync(request, ct), call => TypedResults.Created($"/api/calls/{call.Id.ToString(CultureInfo.InvariantCulture)}", call)));

        calls.MapPost("/{id:int}/security-answers", async (int id, SecurityAnswersRequest request, CallHandlers h, CancellationToken ct) =>
            Http(await h.AnswerAsync(id, request, ct), r => TypedResults.Ok(r)));

        calls.MapGet("/{id:int}", async (int id, CallHandlers h, CancellationToken ct) => (await h.GetAsync(id, ct)).ToOk());
    }

    private static IResult Http<T>(Result<T> result, Func<T, IResult> onSuccess) => result.Refusal is IdentityLocked locked
        ? TypedResults.Problem(
            detail: locked.Reason,
            statusCode: StatusCodes.Status409Conflict,
            title: "Identity locked",
            extensions: new Dictionary<string, object?> { ["lockedUntil"] = locked.LockedUntil })
        : result.ToHttp(onSuccess);
}
