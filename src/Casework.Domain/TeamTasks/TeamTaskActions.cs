using Casework.Domain.Common;

namespace Casework.Domain.TeamTasks;

/// <summary>What a member of the team can do to a team task.</summary>
public enum TeamTaskAction
{
    Take,
    Done,
    Release,
}

/// <summary>Whom a row of <see cref="TeamTaskActions.Table"/> is for, beyond the role: any member of the task's team, or only whoever took it.</summary>
public enum TeamTaskWho
{
    TeamMember,
    Taker,
}

/// <summary>One legal move of a team task: from a status, an action by a role (and who) leads to a status.</summary>
public sealed record TeamTaskTransition(TeamTaskStatus From, TeamTaskAction Action, string Role, TeamTaskWho Who, TeamTaskStatus To, string Label);

/// <summary>
/// The team task's actions table: the guard (<see cref="TeamTask"/>'s commands), the task page and the API's
/// <c>actions</c> all read it. Rules around it: only members of the task's team act on it (403); a task for the team
/// leader counts only the TeamLeader role; a task done with its own record (a SAR) has no actions (422).
/// Open → Done is not a row on purpose: taking names who is dealing with it before the work starts, so two people do
/// not ring the same client, and the outcome is recorded by the person who did the work.
/// </summary>
public static class TeamTaskActions
{
    public static readonly IReadOnlyList<TeamTaskTransition> Table =
    [
        new(TeamTaskStatus.Open, TeamTaskAction.Take, StaffRoles.Caseworker, TeamTaskWho.TeamMember, TeamTaskStatus.Taken, "Take this task"),
        new(TeamTaskStatus.Open, TeamTaskAction.Take, StaffRoles.TeamLeader, TeamTaskWho.TeamMember, TeamTaskStatus.Taken, "Take this task"),
        new(TeamTaskStatus.Taken, TeamTaskAction.Done, StaffRoles.Caseworker, TeamTaskWho.Taker, TeamTaskStatus.Done, "Mark as done"),
        new(TeamTaskStatus.Taken, TeamTaskAction.Done, StaffRoles.TeamLeader, TeamTaskWho.Taker, TeamTaskStatus.Done, "Mark as done"),
        new(TeamTaskStatus.Taken, TeamTaskAction.Release, StaffRoles.Caseworker, TeamTaskWho.Taker, TeamTaskStatus.Open, "Give it back to the team"),
        // A team leader frees a task held by someone who is away (leave cover).
        new(TeamTaskStatus.Taken, TeamTaskAction.Release, StaffRoles.TeamLeader, TeamTaskWho.TeamMember, TeamTaskStatus.Open, "Give it back to the team"),
    ];

    /// <summary>The row that lets <paramref name="by"/> do <paramref name="action"/> now, or why not.</summary>
    public static Result<TeamTaskTransition> Check(TeamTask task, TeamTaskAction action, Actor by)
    {
        var kind = TeamTaskKinds.Of(task.Kind);
        if (kind.DoneWithItsRecord)
        {
            return new RuleBroken($"{kind.Rule}: a {kind.Label.ToLowerInvariant()} task is done when the request itself is completed, on its own page.");
        }

        if (!string.Equals(by.TeamCode, task.TeamCode, StringComparison.Ordinal))
        {
            return new Forbidden($"Only members of team {task.TeamCode} can work on this task.");
        }

        var roles = RolesFor(task, by);
        var fromHere = Table.Where(t => t.From == task.Status && t.Action == action).ToList();
        if (fromHere.Count == 0)
        {
            return new NotAllowedInState($"This task is {task.Status.ToString().ToLowerInvariant()}: it cannot be {Verb(action)} now.");
        }

        var row = fromHere.FirstOrDefault(t => roles.Contains(t.Role) && (t.Who == TeamTaskWho.TeamMember || task.IsTakenBy(by)));
        if (row is not null)
        {
            return row;
        }

        return fromHere.Any(t => roles.Contains(t.Role))
            ? new Forbidden($"Only {task.TakenBy}, who took this task, can {Infinitive(action)} it{(action == TeamTaskAction.Release ? ", or a team leader" : string.Empty)}.")
            : new Forbidden(kind.ForTeamLeader
                ? $"{kind.Rule}: only a team leader can work on a {kind.Label.ToLowerInvariant()} task."
                : "Only the team's caseworkers and team leaders can work on team tasks.");
    }

    /// <summary>The actions <paramref name="by"/> may take on the task now, in table order (what the page offers).</summary>
    public static IReadOnlyList<TeamTaskTransition> Allowed(TeamTask task, Actor by) =>
        [.. Enum.GetValues<TeamTaskAction>().Select(a => Check(task, a, by)).Where(r => r.IsSuccess).Select(r => r.Value!)];

    /// <summary>The roles of <paramref name="by"/> that count for this task: a task for the team leader counts only that role.</summary>
    private static HashSet<string> RolesFor(TeamTask task, Actor by) => TeamTaskKinds.Of(task.Kind).ForTeamLeader
        ? by.Roles.Where(r => r == StaffRoles.TeamLeader).ToHashSet(StringComparer.Ordinal)
        : by.Roles.ToHashSet(StringComparer.Ordinal);

    private static string Infinitive(TeamTaskAction action) => action switch
    {
        TeamTaskAction.Take => "take",
        TeamTaskAction.Done => "mark as done",
        _ => "give back",
    };

    private static string Verb(TeamTaskAction action) => action switch
    {
        TeamTaskAction.Take => "taken",
        TeamTaskAction.Done => "marked done",
        _ => "given back",
    };
}
