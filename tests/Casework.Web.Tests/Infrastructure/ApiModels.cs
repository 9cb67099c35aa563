using System.Text.Json;

namespace Casework.Web.Tests.Infrastructure;

// The API's shapes as a client sees them (API.md), written independently of the app's DTOs so a
// renamed field or a numeric enum breaks these tests. Deserialised with ApiClient.Json: every
// constructor parameter is required and non-nullable ones may not be null.

public enum SrStatus
{
    Open,
    InProgress,
    Wait,
    PendingAssignment,
    PendingApproval,
    Closed,
}

public enum OwnerKind
{
    Staff,
    Team,
}

public enum Region
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

public sealed record LoginView(string AccessToken, string TokenType, long ExpiresIn);

/// <summary>RFC 9457 problem details; every member is optional in the standard, so none is required here.</summary>
public sealed record ProblemView
{
    public string? Title { get; init; }

    public int? Status { get; init; }

    public string? Detail { get; init; }

    public Dictionary<string, string[]>? Errors { get; init; }
}

public sealed record WorkingDateView(DateOnly Date, string Rule);

public sealed record AccountTeamView(string Kind, string StaffNumber, string? Name);

public sealed record EmployerView(
    string Ern,
    string Name,
    Region Region,
    string? Email,
    IReadOnlyList<string> Phones,
    string? PayrollAddress,
    AccountTeamView AccountTeam,
    int Version);

public sealed record EmployerSummaryView(string Ern, string Name, Region Region);

public sealed record EmployerPage(IReadOnlyList<EmployerSummaryView> Items, int Total);

public sealed record AgentView(
    string Earn, string Name, string AddressLine1, string Postcode, string? Phone, string? Email, IReadOnlyList<string> EmployerErns);

public sealed record StaffView(string StaffNumber, string Name, string Team, IReadOnlyList<string> Roles);

public sealed record SrTypeView(string Process, string Area, string SubArea, bool EmployerOnly);

public sealed record OwnerView(OwnerKind Kind, string? StaffNumber, string? Name, string Team);

public sealed record ActivityView(int Id, string Name, bool Done, string? DoneBy);

public sealed record NoteView(string Text, string By, DateTimeOffset At);

public sealed record TransitionView(SrStatus Status, string SubStatus, string Label);

public sealed record SrView(
    string Reference,
    string Process,
    string Area,
    string SubArea,
    string? EmployerErn,
    string? AgentEarn,
    string RaisedBy,
    string Channel,
    SrStatus Status,
    string SubStatus,
    OwnerView Owner,
    bool AssignmentLocked,
    DateTimeOffset CreatedAt,
    DateOnly TargetDate,
    IReadOnlyList<ActivityView> Activities,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<JsonElement> Letters,
    IReadOnlyList<TransitionView> AvailableTransitions,
    int Version);

public sealed record AuditView(DateTimeOffset At, string By, string Action, string? Before, string? After);

public sealed record InboxItemView(
    string Reference,
    SrStatus Status,
    string SubStatus,
    OwnerView Owner,
    DateTimeOffset CreatedAt,
    int AgeDays,
    DateOnly TargetDate,
    int WorkingDaysLeft,
    bool Breached,
    bool AssignmentLocked,
    string WorkItem,
    string? Next = null);

/// <summary>What a refused request must leave exactly as it was: the SR as read, its ETag and its audit trail.</summary>
public sealed record SrSnapshot(string Reference, string Json, string? ETag, int AuditCount);

/// <summary>One page of a paged list (SR-10, SR-11): the items and how many there are in all.</summary>
public sealed record PageView<T>(IReadOnlyList<T> Items, int Total);

public sealed record SrListItemView(string Reference, string Process, string Area, string SubArea, SrStatus Status, DateOnly TargetDate);

public sealed record ReassignRefusalView(string Reference, string Reason);

public sealed record ReassignView(int Moved, IReadOnlyList<ReassignRefusalView> Refused);
