using Casework.Domain.Calendar;
using Casework.Domain.Clients;
using Casework.Domain.Parties;
using Casework.Web.Features.ServiceRequests;

namespace Casework.Web.Features.Clients;

/// <summary>
/// A client as staff see it: never a PIN, password, answer or hash (SEC-04), only whether security is set up.
/// On a shared case the other parent is withheld when their record restricts disclosure (CON-06).
/// </summary>
public sealed record ClientDto(
    string Scin,
    string Name,
    ClientRole Role,
    PreferredLanguage PreferredLanguage,
    Region Region,
    bool SecuritySetUp,
    string? ContactSuppressedBecause,
    bool RestrictsDisclosure,
    IReadOnlyList<RiskFlagDto> RiskFlags,
    IReadOnlyList<ClientCaseDto> Cases,
    IReadOnlyList<RepresentativeDto> Representatives,
    int Version,
    AddressDto? Address = null,
    string? Phone = null,
    Casework.Domain.Correspondence.LetterFormat LetterFormat = default);

/// <summary>P-07: where the client's letters go.</summary>
public sealed record AddressDto(string? AddressLine1, string? Postcode);

public sealed record CreateClientRequest(
    string? Name, string? Role, string? AddressLine1, string? Postcode, string? Region, string? Phone, string? PreferredLanguage);

public sealed record ClientCreatedDto(string Scin);

/// <summary>A search result: a client whose details are withheld (CON-06) shows neither name nor anything else.</summary>
public sealed record ClientSummaryDto(string Scin, string? Name, ClientRole Role, bool Withheld);

public sealed record RiskFlagDto(RiskKind Kind, string Note, DateTimeOffset RecordedAt, string RecordedBy);

public sealed record ClientCaseDto(
    string CaseNumber, ClientRole RoleOnCase, string? OtherParentScin, string? OtherParentName, bool OtherParentWithheld,
    IReadOnlyList<QualifyingChild> QualifyingChildren, OwnerDto Owner);

public sealed record RepresentativeDto(
    string Trn, string Name, bool PowerOfAttorney, string? EmployerErn, RepresentativeStatus Status, string? RemovedBecause, bool SecuritySetUp, int Version,
    AddressDto? Address = null)
{
    /// <summary>P-05/P-07: where a letter to this representative goes, as the client page says it.</summary>
    public string LettersGoTo => (EmployerErn, Address) switch
    {
        ({ } ern, _) => $"Employer {ern}'s address",
        (null, { } a) => $"{a.AddressLine1}, {a.Postcode}",
        _ => "No address yet: letters cannot be sent",
    };
}

public sealed record SuppressContactRequest(string? Reason);

public sealed record RecordRiskRequest(string? Kind, string? Note);

public sealed record RiskRecordedDto(RiskFlagDto Flag, bool ReferredToTeamLeader, bool RestrictsDisclosure, string Rule);

public sealed record OutboundCallCheckRequest(string? Reason, bool? ClientAsked);

public sealed record OutboundCallCheckDto(bool CallNeeded, string Rule);

public sealed record ClientLetterRequest(string? Code, Dictionary<string, string>? Fields, List<string>? Paragraphs, string? FreeText);

public sealed record CallBackTaskDto(long Id, string Team, string PartyReference, string PartyName, string Reason, DateOnly DueOn);
