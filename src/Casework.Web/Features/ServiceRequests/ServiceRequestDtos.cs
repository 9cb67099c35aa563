using Casework.Domain.ServiceRequests;

namespace Casework.Web.Features.ServiceRequests;

public sealed record ServiceRequestTypeDto(
    string Process, string Area, string SubArea, bool EmployerOnly, int TargetWorkingDays, IReadOnlyList<PartyKind> PartyKinds, bool ChangeOfCircumstances);

public sealed record RaiseServiceRequestRequest(
    string? Process,
    string? Area,
    string? SubArea,
    string? EmployerErn,
    string? AgentEarn,
    string? RaisedBy,
    string? Channel,
    int? CallId = null,
    string? ClientScin = null,
    string? RepresentativeTrn = null,
    string? CaseNumber = null,
    bool? ClientAskedForCall = null);

/// <summary>CON-08: whether a change of circumstances needs an outbound call, the rule that decided, and when it is due.</summary>
public sealed record OutboundCallDto(bool Required, string Rule, DateOnly? CallDueOn);

public sealed record OwnerDto(OwnerKind Kind, string? StaffNumber, string? Name, string Team);

public sealed record ActivityDto(int Id, string Name, bool Done, DateTimeOffset? DoneAt, string? DoneBy);

public sealed record NoteDto(int Id, string Text, string By, DateTimeOffset At);

public sealed record TransitionDto(ServiceRequestStatus Status, string SubStatus, string Label);

public sealed record ServiceRequestDto(
    string Reference,
    string Process,
    string Area,
    string SubArea,
    PartyKind PartyKind,
    string? EmployerErn,
    string? AgentEarn,
    string? PartyName,
    RaisedBy RaisedBy,
    Channel Channel,
    ServiceRequestStatus Status,
    string SubStatus,
    OwnerDto Owner,
    bool AssignmentLocked,
    DateTimeOffset CreatedAt,
    DateOnly TargetDate,
    string TargetRule,
    IReadOnlyList<ActivityDto> Activities,
    IReadOnlyList<NoteDto> Notes,
    IReadOnlyList<Letters.LetterDto> Letters,
    IReadOnlyList<TransitionDto> AvailableTransitions,
    int Version,
    string? ClientScin = null,
    string? RepresentativeTrn = null,
    OutboundCallDto? OutboundCall = null);

public sealed record AuditEntryDto(DateTimeOffset At, string By, string Action, string? Before, string? After);

public sealed record AddNoteRequest(string? Text, int? Version);

public sealed record ChangeStatusRequest(string? Status, string? SubStatus, int? Version, string? Reason = null);

public sealed record AssignRequest(string? StaffNumber, string? TeamCode, int? Version);

public sealed record AssignmentLockRequest(bool? Locked, int? Version);

public sealed record VersionRequest(int? Version);
