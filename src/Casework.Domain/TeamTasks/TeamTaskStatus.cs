namespace Casework.Domain.TeamTasks;

/// <summary>Where a team task is; stored as its name. <see cref="TeamTaskActions"/> says how it moves.</summary>
public enum TeamTaskStatus
{
    /// <summary>Waiting in the team's inbox for someone to take it.</summary>
    Open,

    /// <summary>A named member of the team is dealing with it (it is in their own inbox).</summary>
    Taken,

    /// <summary>Dealt with, with an outcome note; kept for the trail.</summary>
    Done,
}
