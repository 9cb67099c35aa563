using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Employers;

public static class EmployerEndpoints
{
    public static void MapEmployers(this IEndpointRouteBuilder api)
    {
        api.MapPost("/employers", async (CreateEmployerRequest request, EmployerHandlers handlers, CancellationToken ct) =>
            (await handlers.CreateAsync(request, ct)).ToHttp(e => TypedResults.Created($"/api/employers/{e.Ern}", e)));

        api.MapGet("/employers/{ern}", async (string ern, EmployerHandlers handlers, CancellationToken ct) =>
            (await handlers.GetAsync(ern, ct)).ToOk());

        api.MapGet("/employers", async (string? search, int? page, int? pageSize, EmployerHandlers handlers, CancellationToken ct) =>
            TypedResults.Ok(await handlers.SearchAsync(search, page ?? 1, pageSize ?? 20, ct)));

        api.MapPost("/employers/{ern}/letter-format", async (string ern, LetterFormatRequest request, EmployerContactPreferences h, CancellationToken ct) =>
            (await h.SetLetterFormatAsync(ern, request, ct)).ToOk());

        api.MapPost("/employers/{ern}/contact-suppression", async (string ern, ContactSuppressionRequest request, EmployerContactPreferences h, CancellationToken ct) =>
            (await h.SetSuppressionAsync(ern, request, ct)).ToOk());

        api.MapPost("/agents", async (CreateAgentRequest request, AgentHandlers handlers, CancellationToken ct) =>
            (await handlers.CreateAsync(request, ct)).ToHttp(a => TypedResults.Created($"/api/agents/{a.Earn}", a)));

        api.MapGet("/agents/{earn}", async (string earn, AgentHandlers handlers, CancellationToken ct) =>
            (await handlers.GetAsync(earn, ct)).ToOk());
    }
}
