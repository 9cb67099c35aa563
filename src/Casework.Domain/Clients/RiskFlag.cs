namespace Casework.Domain.Clients;

/// <summary>The risks the procedures name (CON-06).</summary>
public enum RiskKind
{
    ThreatOfSuicide,
    DomesticViolence,
}

/// <summary>One risk recorded against a client: each threat is its own event, so flags are never merged.</summary>
public sealed record RiskFlag(RiskKind Kind, string Note, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>
/// What recording a risk obliges the caseworker to do now (CON-06): a threat of suicide is referred to the team
/// leader at once (who considers the police); domestic violence restricts what may be disclosed about the client.
/// </summary>
public sealed record RiskOutcome(bool ReferToTeamLeaderNow, bool RestrictsDisclosure, string Rule)
{
    public static RiskOutcome For(RiskKind kind) => kind switch
    {
        RiskKind.ThreatOfSuicide => new(true, false,
            "CON-06: a threat of suicide is referred to the team leader immediately; the team leader considers a referral to the police."),
        RiskKind.DomesticViolence => new(false, true,
            "CON-06: a domestic violence risk restricts what is disclosed about this client, so the parent is not put at risk."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
