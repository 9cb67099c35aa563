using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Inbox;

public static class InboxEndpoints
{
    public static void MapInbox(this IEndpointRouteBuilder api)
    {
        api.MapGet("/inbox", async (string? team, string? page, string? pageSize, string? sort, string? overdue, string? status, InboxHandlers h, CancellationToken ct) =>
        {
            var query = InboxQuery.Parse(team, page, pageSize, sort, overdue, status);
            return query.IsSuccess ? TypedResults.Ok(await h.ListAsync(query.Value!, ct)) : query.Refusal!.ToProblem();
        });

        api.MapPost("/inbox/reassign", async (ReassignRequest request, InboxReassign h, CancellationToken ct) =>
            (await h.ReassignAsync(request, ct)).ToOk());
    }
}
