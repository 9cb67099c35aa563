using Casework.Domain.TeamTasks;
using Casework.Web.Features.ServiceRequests;

namespace Casework.Web.Features.TeamTasks;

/// <summary>POST /api/team-tasks/{id}/done: what was done. Every write may carry the <c>version</c> it was based on (or If-Match).</summary>
public sealed record TeamTaskDoneRequest(string? Outcome, int? Version = null);

/// <summary>POST /api/team-tasks/{id}/take and /release: the version it was based on, if any.</summary>
public sealed record TeamTaskChangeRequest(int? Version = null);

/// <summary>An action the caller may take now, from <see cref="TeamTaskActions"/>.</summary>
public sealed record TeamTaskActionDto(TeamTaskAction Action, string Label, TeamTaskStatus To);

public sealed record TeamTaskDto(
    long Id,
    string Reference,
    TeamTaskKind Kind,
    string What,
    TeamTaskStatus Status,
    string Rule,
    string TeamCode,
    string TeamName,
    bool ForTeamLeader,
    string PartyReference,
    string PartyName,
    string PartyHref,
    string? ServiceRequestReference,
    string? SubjectAccessReference,
    int? CallId,
    string? Language,
    string Reason,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateOnly DueOn,
    string? TakenBy,
    DateTimeOffset? TakenAt,
    DateTimeOffset? DoneAt,
    string? DoneBy,
    string? Outcome,
    int Version,
    IReadOnlyList<TeamTaskActionDto> Actions,
    IReadOnlyList<AuditEntryDto> History);

/// <summary>A row of the client page's team task list.</summary>
public sealed record TeamTaskListItemDto(long Id, string Reference, string What, TeamTaskStatus Status, string? TakenBy, string? Outcome, DateOnly DueOn, DateTimeOffset CreatedAt);
