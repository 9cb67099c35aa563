namespace Casework.Domain.ServiceRequests;

/// <summary>Who holds an SR: a member of staff (inside their team) or a team queue.</summary>
public sealed record Owner(OwnerKind Kind, string? StaffNumber, string? Name, string TeamCode)
{
    public static Owner ForStaff(string staffNumber, string name, string teamCode) =>
        new(OwnerKind.Staff, staffNumber, name, teamCode);

    public static Owner ForTeam(string teamCode) => new(OwnerKind.Team, null, null, teamCode);

    public override string ToString() =>
        Kind == OwnerKind.Staff ? $"{Name} ({StaffNumber})" : $"team {TeamCode}";
}

/// <summary>A deadline with the rule that produced it (CAL-02).</summary>
public sealed record Deadline(DateOnly Date, string Rule);
