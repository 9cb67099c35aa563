using Casework.Domain.AccountManagers;
using Casework.Domain.Calendar;

namespace Casework.Web.Features.AccountManagers;

/// <summary>
/// POST /api/account-manager-referrals. <c>complex</c> is the caseworker's judgement that the employer's situation
/// needs dedicated attention (003 step 2); the other criteria facts are counted by the system.
/// </summary>
public sealed record RaiseReferralRequest(
    string? EmployerErn,
    string? Kind,
    string? Reason,
    bool? RequestedByEmployer,
    bool? DiscussedByPhone,
    bool? ForWorkload,
    bool? Complex);

/// <summary>POST …/decision. <c>letterFreeText</c> fills CMSL8005/8006's free text; CMSL8006 falls back to the reason.</summary>
public sealed record DecideReferralRequest(bool? Approve, string? AccountManagerStaffNumber, string? Reason, string? LetterFreeText);

public sealed record CriteriaDto(int ActiveDeos, bool Complex, int RecentComplaints);

public sealed record DecisionDto(
    bool Approved, string By, DateTimeOffset At, string Reason, string? AccountManagerStaffNumber, string? LetterCode);

public sealed record ReferralDto(
    string Reference,
    string EmployerErn,
    ReferralKind Kind,
    ReferralStatus Status,
    string Reason,
    bool RequestedByEmployer,
    bool DiscussedByPhone,
    bool ForWorkload,
    CriteriaDto Criteria,
    string? AccountManagerWhenRaised,
    string RaisedBy,
    DateTimeOffset RaisedAt,
    DecisionDto? Decision,
    int Version);

public sealed record ManagedEmployerDto(string Ern, string Name, Region Region);

public sealed record ReassignRequest(string? ToStaffNumber);

public sealed record ReassignedDto(string FromStaffNumber, string ToStaffNumber, IReadOnlyList<string> EmployerErns);
