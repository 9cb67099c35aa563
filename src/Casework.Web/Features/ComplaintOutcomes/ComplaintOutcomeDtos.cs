using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.Organisation;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>POST /api/complaints/{ref}/issues. Every write may carry the <c>version</c> it was based on (or If-Match); a stale one is a 409.</summary>
public sealed record AddIssueRequest(string? Category, string? Issue, int? Version = null);

/// <summary>PUT /api/complaints/{ref}/issues/{id}/outcome: Upheld, NotUpheld, Withdrawn or Escalated (Level 1 only).</summary>
public sealed record RecordOutcomeRequest(string? Outcome, int? Version = null);

/// <summary>PUT /api/complaints/{ref}/remedy: a code from GET /api/complaint-remedies.</summary>
public sealed record RecordRemedyRequest(string? Remedy, int? Version = null);

/// <summary>PUT /api/complaints/{ref}/written-response (OUT-04, Level 2 only): <c>sentOn</c> and <c>summary</c> once sent.</summary>
public sealed record WrittenResponseRequest(bool? Required, DateOnly? SentOn, string? Summary, int? Version = null);

/// <summary>POST /api/complaints/{ref}/investigation-steps (OUT-05): <c>staffNumber</c> of the member of staff it involved, if any.</summary>
public sealed record AddInvestigationStepRequest(string? Heading, string? Detail, string? StaffNumber = null, int? Version = null);

/// <summary>PUT /api/complaints/{ref}/finalisation (OUT-05): <c>feedback</c> when, and only when, the outcome is Upheld or PartiallyUpheld.</summary>
public sealed record FinalisationRequest(string? Summary, string? Feedback, int? Version = null);

public sealed record IssueAddedDto(int Id);

public sealed record StepAddedDto(int Id);

public sealed record ComplaintIssueDto(
    int Id, string Category, string Issue, IssueOutcome? Outcome, string? FinalisedBy, DateTimeOffset? FinalisedAt);

/// <summary>A step of the investigation plan; <c>staff</c> is as they were when it was recorded.</summary>
public sealed record InvestigationStepDto(int Id, string Heading, string Detail, StaffReference? Staff, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record WrittenResponseDto(bool Required, DateOnly? SentOn, string? Summary);

public sealed record FinalisationDto(string Summary, string? Feedback, string By, DateTimeOffset At);

/// <summary>
/// GET /api/complaints/{ref}: <c>outcome</c> is null until every issue is final (OUT-03); <c>writtenResponse</c> null until
/// recorded (Level 2 only), <c>finalisation</c> null until finalised.
/// </summary>
public sealed record ComplaintRecordDto(
    string Reference,
    int Level,
    IReadOnlyList<ComplaintIssueDto> Issues,
    ComplaintOutcome? Outcome,
    string? Remedy,
    WrittenResponseDto? WrittenResponse,
    IReadOnlyList<InvestigationStepDto> InvestigationSteps,
    FinalisationDto? Finalisation,
    int Version);
