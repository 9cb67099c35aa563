using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Clients;

/// <summary>Client records: read, record a risk (CON-06), suppress or allow contact (CON-04).</summary>
public static class ClientEndpoints
{
    public static void MapClients(this IEndpointRouteBuilder api)
    {
        var clients = api.MapGroup("/clients/{scin}").RequireRoles(StaffRoles.Caseworker, StaffRoles.TeamLeader);
        clients.MapGet("/", async (string scin, ClientHandlers h, CancellationToken ct) => (await h.GetAsync(scin, ct)).ToOk());
        clients.MapPost("/risks", async (string scin, RecordRiskRequest request, ClientHandlers h, CancellationToken ct) =>
            (await h.RecordRiskAsync(scin, request, ct)).ToHttp(r => TypedResults.Created($"/api/clients/{scin}", r)));
        clients.MapPost("/contact-suppression", async (string scin, SuppressContactRequest request, ClientHandlers h, CancellationToken ct) =>
            (await h.SuppressContactAsync(scin, request, ct)).ToOk());
    }
}
