namespace Casework.Web.Features.EmployerComplaints;

public sealed record LogComplaintRequest(
    string? EmployerErn, string? RaisedBy, string? Channel, string? Issue, string? Description, DateOnly? ReceivedOn,
    string? ReferralSource = null, string? ReferralReason = null, string? IssueCategory = null, StageOverrideRequest? StageOverride = null);

/// <summary>EC-16: <c>"stageOverride": { "stage": "Resolution"|"Review", "reason" }</c>.</summary>
public sealed record StageOverrideRequest(string? Stage, string? Reason);

public sealed record InvalidRequest(string? Note);

public sealed record FinancialRequest(string? Kind, decimal? Amount, bool? HoldToOffset, string? Evidence = null);

public sealed record AddLineRequest(string? ResolutionType, string? Description, FinancialRequest? Financial);

public sealed record IssuePlanRequest(bool? ReachedByPhone, string? FreeText = null);

public sealed record PlanResponseRequest(bool? Agrees, string? Note);

public sealed record DecisionRequest(bool? Approve, string? Comment, IReadOnlyList<int>? LineIds);

public sealed record CloseRequest(string? Paragraph, string? FreeText);
