using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Clients;

/// <summary>
/// Clients (P-03/P-05, CON-04/06, COR-05). Added routes: the client record, contact suppression (POST sets, DELETE
/// lifts), risk flags, the outbound-call check, client letters, Welsh call-backs and CON-07 contact arrangements.
/// </summary>
public static class ClientEndpoints
{
    public static void MapClients(this IEndpointRouteBuilder api)
    {
        api.MapPost("/clients", async (CreateClientRequest request, ClientRegistry h, CancellationToken ct) =>
            (await h.CreateAsync(request, ct)).ToHttp(c => TypedResults.Created($"/api/clients/{c.Scin}", c)));
        api.MapGet("/clients", async (string? search, int? page, int? pageSize, ClientRegistry h, CancellationToken ct) =>
            TypedResults.Ok(await h.SearchAsync(search, page ?? 1, pageSize ?? 50, ct)));

        var clients = api.MapGroup("/clients/{scin}");
        clients.MapGet("/", async (string scin, ClientHandlers h, CancellationToken ct) => (await h.GetAsync(scin, ct)).ToOk());

        clients.MapPost("/contact-suppression", async (string scin, SuppressContactRequest request, ClientHandlers h, CancellationToken ct) =>
            (await h.SuppressAsync(scin, request, ct)).ToOk());
        clients.MapDelete("/contact-suppression", async (string scin, ClientHandlers h, CancellationToken ct) =>
            (await h.LiftSuppressionAsync(scin, ct)).ToOk());
        clients.MapPost("/letter-format", async (string scin, Employers.LetterFormatRequest request, ClientHandlers h, CancellationToken ct) =>
            (await h.SetLetterFormatAsync(scin, request, ct)).ToOk());
        clients.MapPost("/outbound-call-check", async (string scin, OutboundCallCheckRequest request, ClientHandlers h, CancellationToken ct) =>
            (await h.CheckOutboundCallAsync(scin, request, ct)).ToOk());

        clients.MapPost("/risk-flags", async (string scin, RecordRiskRequest request, ClientRiskHandler h, CancellationToken ct) =>
            (await h.RecordAsync(scin, request, ct)).ToHttp(r => TypedResults.Created($"/api/clients/{scin}", r)));

        clients.MapPost("/contact-arrangements", async (string scin, ContactArrangementRequest request, ContactArrangements h, CancellationToken ct) =>
            (await h.RequestAsync(scin, request, ct)).ToHttp(t => TypedResults.Created($"/api/clients/{scin}", t)));

        clients.MapGet("/letters", async (string scin, ClientLetterHandler h, CancellationToken ct) => (await h.ListAsync(scin, ct)).ToOk());
        clients.MapPost("/letters", async (string scin, ClientLetterRequest request, ClientLetterHandler h, CancellationToken ct) =>
            (await h.QueueAsync(scin, request, ct)).ToHttp(l => TypedResults.Created($"/api/letters/{l.Id}", l)));

        api.MapPost("/welsh-call-backs", async (WelshCallBackRequest request, WelshCallBacks h, CancellationToken ct) =>
            (await h.RequestAsync(request, ct)).ToHttp(t => TypedResults.Created($"/api/welsh-call-backs/{t.Id}", t)));
    }
}
