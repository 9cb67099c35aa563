using System.Globalization;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Casework.Web.Features.TeamTasks;

/// <summary>
/// Team tasks (issue 12): read one with the actions the caller may take now, take it, give it back, mark it done with an
/// outcome. Who may call each is in <see cref="TeamTaskAccess"/>; a write may carry the version it was based on (body
/// <c>version</c> or <c>If-Match</c>); a stale one is a 409.
/// </summary>
public static class TeamTaskEndpoints
{
    public static void MapTeamTasks(this IEndpointRouteBuilder api)
    {
        var tasks = api.MapGroup("/team-tasks");
        tasks.MapGet("/{id:long}", async (long id, TeamTaskHandlers h, CancellationToken ct) => (await h.GetAsync(id, ct)).ToOk());

        tasks.MapPost("/{id:long}/take", async (long id, [FromBody] TeamTaskChangeRequest? request, [FromHeader(Name = "If-Match")] string? ifMatch, TeamTaskHandlers h, CancellationToken ct) =>
            (await h.TakeAsync(id, new(request?.Version ?? Version(ifMatch)), ct)).ToOk());

        tasks.MapPost("/{id:long}/release", async (long id, [FromBody] TeamTaskChangeRequest? request, [FromHeader(Name = "If-Match")] string? ifMatch, TeamTaskHandlers h, CancellationToken ct) =>
            (await h.ReleaseAsync(id, new(request?.Version ?? Version(ifMatch)), ct)).ToOk());

        tasks.MapPost("/{id:long}/done", async (long id, TeamTaskDoneRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, TeamTaskHandlers h, CancellationToken ct) =>
            (await h.DoneAsync(id, request with { Version = request.Version ?? Version(ifMatch) }, ct)).ToOk());
    }

    private static int? Version(string? ifMatch) =>
        int.TryParse(ifMatch?.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
