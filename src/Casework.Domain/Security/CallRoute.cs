namespace Casework.Domain.Security;

/// <summary>Where a keyed call goes (SEC-08; API "destination.kind").</summary>
public enum DestinationKind
{
    Staff,
    Team,
    AskQualifyingChild,
    ManualSelection,
}

/// <summary>The destination: a member of staff (with their team), a team, or a step for the caller or caseworker.</summary>
public sealed record CallDestination(DestinationKind Kind, string? StaffNumber, string? Team)
{
    public static CallDestination ToStaff(string staffNumber, string team) => new(DestinationKind.Staff, staffNumber, team);

    public static CallDestination ToTeam(string team) => new(DestinationKind.Team, null, team);

    public static CallDestination AskQualifyingChild { get; } = new(DestinationKind.AskQualifyingChild, null, null);

    /// <summary>The call lands in <paramref name="team"/>, where a caseworker selects the record by hand.</summary>
    public static CallDestination ManualSelection(string team) => new(DestinationKind.ManualSelection, null, team);
}

/// <summary>A routing decision with the rule text that produced it (CAL-02's "show the rule", applied to calls).</summary>
public sealed record CallRoute(CallDestination Destination, string Rule);

/// <summary>The employer's account manager when one is assigned and on the staff list.</summary>
public sealed record AccountManagerOnCall(string StaffNumber, string Name, string TeamCode);

/// <summary>The employer whose ERN equals the keyed digits.</summary>
public sealed record EmployerOnCall(string Ern, AccountManagerOnCall? AccountManager);
