using Casework.Domain.Common;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.TeamTasks;

/// <summary>
/// Team tasks (issue 12): load the task, call one domain method (the actions table guards it), save — the unit of work
/// writes the audit entry in the same transaction. A refusal returns before saving, so it changes nothing.
/// </summary>
public sealed class TeamTaskHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public async Task<Result<TeamTaskDto>> GetAsync(long id, CancellationToken ct)
    {
        var task = await db.TeamTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return task is null ? Missing(id) : await ToDtoAsync(task, await actors.RequireAsync(ct), ct);
    }

    public Task<Result<TeamTaskDto>> TakeAsync(long id, TeamTaskChangeRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, (t, by, at) => t.Take(by, at), ct);

    public Task<Result<TeamTaskDto>> ReleaseAsync(long id, TeamTaskChangeRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, (t, by, at) => t.Release(by, at), ct);

    public async Task<Result<TeamTaskDto>> DoneAsync(long id, TeamTaskDoneRequest r, CancellationToken ct) =>
        TeamTask.OutcomeError(r.Outcome) is { } invalid
            ? invalid
            : await ChangeAsync(id, r.Version, (t, by, at) => t.Done(r.Outcome, by, at), ct);

    /// <summary>The client's (or employer's) team tasks, newest first, for their page.</summary>
    public async Task<IReadOnlyList<TeamTaskListItemDto>> ForPartyAsync(string partyReference, CancellationToken ct)
    {
        var tasks = await db.TeamTasks.AsNoTracking().Where(t => t.PartyReference == partyReference)
            .OrderByDescending(t => t.Id).ToListAsync(ct);
        return [.. tasks.Select(t => new TeamTaskListItemDto(
            t.Id, t.AuditSubject, What(t), t.Status, t.TakenBy, t.Outcome, t.DueOn, t.CreatedAt))];
    }

    public static string What(TeamTask t) =>
        TeamTaskKinds.Of(t.Kind).Label + (t.Language is null ? string.Empty : $" ({t.Language})");

    private async Task<Result<TeamTaskDto>> ChangeAsync(
        long id, int? version, Func<TeamTask, Actor, DateTimeOffset, Refusal?> change, CancellationToken ct)
    {
        var task = await db.TeamTasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return Missing(id);
        }

        if (version is { } expected && expected != task.Version)
        {
            return new NotAllowedInState($"Task {task.AuditSubject} was changed by someone else (now version {task.Version}). Reload it and try again.");
        }

        var actor = await actors.RequireAsync(ct);
        if (change(task, actor, time.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(task, actor, ct);
    }

    private async Task<TeamTaskDto> ToDtoAsync(TeamTask t, Actor actor, CancellationToken ct)
    {
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.Subject == t.AuditSubject).OrderBy(a => a.Id)
            .Select(a => new AuditEntryDto(a.At, a.By, a.Action, a.Before, a.After)).ToListAsync(ct);
        var teamName = await db.Teams.AsNoTracking().Where(m => m.Code == t.TeamCode).Select(m => m.Name).FirstOrDefaultAsync(ct) ?? t.TeamCode;
        var partyHref = await db.Clients.AnyAsync(c => c.Scin == t.PartyReference, ct) ? $"/Clients/{t.PartyReference}" : $"/Employers/{t.PartyReference}";
        return new TeamTaskDto(
            t.Id, t.AuditSubject, t.Kind, What(t), t.Status, t.Rule, t.TeamCode, teamName, t.ForTeamLeader, t.PartyReference, t.PartyName, partyHref,
            t.ServiceRequestReference, t.SubjectAccessReference, t.CallId, t.Language, t.Reason, t.CreatedAt, t.CreatedBy, t.DueOn,
            t.TakenBy, t.TakenAt, t.DoneAt, t.DoneBy, t.Outcome, t.Version,
            [.. TeamTaskActions.Allowed(t, actor).Select(a => new TeamTaskActionDto(a.Action, a.Label, a.To))], history);
    }

    private static NotFound Missing(long id) => new($"No team task has reference {TeamTask.SubjectFor(id)}.");
}
