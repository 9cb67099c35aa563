namespace Casework.Domain.Common;

/// <summary>The member of staff doing something: who the audit trail names and whose roles the rules check.</summary>
public sealed record Actor(string StaffNumber, string Name, string TeamCode, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsTeamLeader => IsIn(StaffRoles.TeamLeader);

    /// <summary>How the trail and the records name the person: "Carys Evans (100001)".</summary>
    public string Label => $"{Name} ({StaffNumber})";
}
