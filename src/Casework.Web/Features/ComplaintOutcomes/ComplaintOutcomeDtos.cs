using Casework.Domain.ComplaintOutcomes;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>POST /api/complaints/{ref}/issues.</summary>
public sealed record AddIssueRequest(string? Category, string? Issue);

/// <summary>PUT /api/complaints/{ref}/issues/{id}/outcome: Upheld, NotUpheld, Withdrawn or Escalated (Level 1 only).</summary>
public sealed record RecordOutcomeRequest(string? Outcome);

/// <summary>PUT /api/complaints/{ref}/remedy: a code from GET /api/complaint-remedies.</summary>
public sealed record RecordRemedyRequest(string? Remedy);

public sealed record IssueAddedDto(int Id);

public sealed record ComplaintIssueDto(
    int Id, string Category, string Issue, IssueOutcome? Outcome, string? FinalisedBy, DateTimeOffset? FinalisedAt);

/// <summary>GET /api/complaints/{ref}: <c>outcome</c> is null until every issue is final (OUT-03).</summary>
public sealed record ComplaintRecordDto(
    string Reference, int Level, IReadOnlyList<ComplaintIssueDto> Issues, ComplaintOutcome? Outcome, string? Remedy, int Version);
