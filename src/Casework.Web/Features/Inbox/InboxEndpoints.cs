namespace Casework.Web.Features.Inbox;

public static class InboxEndpoints
{
    public static void MapInbox(this IEndpointRouteBuilder api)
    {
        api.MapGet("/inbox", async (bool? team, InboxHandlers h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(team ?? false, ct)));
    }
}
