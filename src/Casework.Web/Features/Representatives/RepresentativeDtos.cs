namespace Casework.Web.Features.Representatives;

public sealed record SecurityQuestionAnswerInput(string? Question, string? Answer);

/// <summary>What the representative chose (004 "Security Set Up"); hashed at once, never stored or shown back (SEC-04).</summary>
public sealed record SecuritySetUpInput(string? Pin, string? Password, IReadOnlyList<SecurityQuestionAnswerInput>? Questions);

public sealed record SetUpRepresentativeRequest(string? Name, string? ActingForScin, bool? PowerOfAttorney, string? EmployerErn, SecuritySetUpInput? Security);

public sealed record ChangeRepresentativeRequest(string? Name, bool? PowerOfAttorney);

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
    int Version);
