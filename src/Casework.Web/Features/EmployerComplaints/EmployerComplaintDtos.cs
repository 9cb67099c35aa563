using Casework.Domain.EmployerComplaints;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features.ServiceRequests;

namespace Casework.Web.Features.EmployerComplaints;

public sealed record RelatedComplaintDto(string Reference, string Issue, DateOnly ReceivedOn, bool Open, bool SameIssue, string? IssueCategory);

public sealed record StageProposalDto(ComplaintStage? Stage, string? Refused, IReadOnlyList<RelatedComplaintDto> RelatedComplaints);

public sealed record FinancialDto(FinancialKind Kind, decimal Amount, bool HoldToOffset, string? Evidence);

public sealed record PlanLineDto(
    int Id, string ResolutionType, string Description, PlanLineStatus Status, FinancialDto? Financial, int AddedInRevision,
    LineDecision? TlDecision, string? TlComment, DateTimeOffset? DoneAt, string? DoneBy);

/// <param name="EmployerAgrees">The employer's answer when it sealed this revision; null when something else did.</param>
/// <param name="Note">The employer's note with their answer, or the team leader's comment with a decision.</param>
/// <param name="Changes">What changed from the previous revision, in words (EC-12); empty for the first and for a revision sealed again.</param>
public sealed record PlanRevisionDto(
    int Revision, string Event, string By, DateTimeOffset At, IReadOnlyList<string> Lines, bool? EmployerAgrees, string? Note,
    IReadOnlyList<string> Changes);

public sealed record PlanDto(
    int Revision, int RevisionCount, IReadOnlyList<PlanLineDto> Lines, bool? EmployerAgrees, TlApproval? TlApproval,
    bool AwaitsApproval, IReadOnlyList<PlanRevisionDto> History);

public sealed record FlagsDto(bool IssuePlan, bool PlanAgreed, bool IssueClosureLetter);

public sealed record DeadlinesDto(
    DateOnly AcknowledgeBy, string AcknowledgeRule, DateOnly CloseBy, string CloseRule, DateOnly? WaitUntil, string? WaitRule,
    DateOnly? AcknowledgedOn, int DaysLeft, bool AcknowledgementBreached, bool CloseBreached);

public sealed record EmployerComplaintDto(
    string Reference,
    string EmployerErn,
    string? EmployerName,
    ComplaintStage Stage,
    ServiceRequestStatus Status,
    string SubStatus,
    OwnerDto Owner,
    bool AssignmentLocked,
    string Issue,
    string? IssueCategory,
    string? StageOverrideReason,
    string Description,
    DateOnly ReceivedOn,
    string ReferralSource,
    string? ReferralReason,
    string? ResolutionCode,
    PlanDto Plan,
    FlagsDto Flags,
    DeadlinesDto Deadlines,
    bool CompensationPaid,
    ComplaintOutcome? Outcome,
    IReadOnlyList<RelatedComplaintDto> RelatedComplaints,
    int Version,
    IReadOnlyList<ComplaintActionDto> Actions);

/// <summary>An action the complaint offers in its state (<see cref="ComplaintActions"/>), the next step first.</summary>
public sealed record ComplaintActionDto(ComplaintStep Step, string Label, string Role, string Rule);

public sealed record AtRiskDto(
    string Reference, string EmployerErn, string? EmployerName, ServiceRequestStatus Status, string SubStatus, OwnerDto Owner,
    DateOnly CloseBy, int DaysLeft, bool AcknowledgementBreached, bool CloseBreached, string Why);
