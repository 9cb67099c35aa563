namespace Casework.Web.Features.Representatives;

public sealed record SecurityQuestionAnswerInput(string? Question, string? Answer);

/// <summary>What the representative chose (004 "Security Set Up"); hashed at once, never stored or shown back (SEC-04).</summary>
public sealed record SecuritySetUpInput(string? Pin, string? Password, IReadOnlyList<SecurityQuestionAnswerInput>? Questions);

/// <summary>The address is optional, but whole: a first line and a UK postcode, or neither (400 for half).</summary>
public sealed record SetUpRepresentativeRequest(
    string? Name, string? ActingForScin, bool? PowerOfAttorney, string? EmployerErn, SecuritySetUpInput? Security,
    string? AddressLine1 = null, string? Postcode = null);

/// <summary>Leaving out both address fields keeps the address; sending both empty takes it away.</summary>
public sealed record ChangeRepresentativeRequest(string? Name, bool? PowerOfAttorney, string? AddressLine1 = null, string? Postcode = null);

public sealed record RemoveRepresentativeRequest(string? Reason);

/// <summary>A representative as shown: whether security is set up, never what it is.</summary>
public sealed record RepresentativeDto(
    string Trn,
    string Name,
    string ActingForScin,
    bool PowerOfAttorney,
    string? EmployerErn,
    string Status,
    string? RemovedBecause,
    bool HasSecurity,
    IReadOnlyList<string> SecurityQuestions,
    int Version,
    Clients.AddressDto? Address = null);
