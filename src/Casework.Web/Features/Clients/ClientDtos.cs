namespace Casework.Web.Features.Clients;

public sealed record RecordRiskRequest(string? Kind, string? Note);

public sealed record RiskRecordedDto(string Kind, bool ReferredToTeamLeader, string? Referral, bool RestrictsDisclosure, string Rule);

public sealed record RiskFlagDto(string Kind, string Note, DateTimeOffset RecordedAt, string RecordedBy);

public sealed record SuppressContactRequest(string? Reason);

/// <summary>A client's record for casework (not for a caller before security: SEC-06 is the call's concern).</summary>
public sealed record ClientDto(
    string Scin,
    string Name,
    string Role,
    string PreferredLanguage,
    string Region,
    bool HasSecurity,
    string? ContactSuppressedBecause,
    bool RestrictsDisclosure,
    IReadOnlyList<RiskFlagDto> RiskFlags,
    int Version);
