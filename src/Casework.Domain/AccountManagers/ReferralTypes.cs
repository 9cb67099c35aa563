namespace Casework.Domain.AccountManagers;

/// <summary>What the caseworker asks the team leader for (AM-02); also the SR's sub area.</summary>
public enum ReferralKind
{
    Allocate,
    Change,
    Remove,
}

public enum ReferralStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// The criteria facts shown with the referral (AM-02, procedure 003 step 2), kept as they were when it was raised
/// so the team leader's decision can be read later against what they saw.
/// </summary>
public sealed record ReferralCriteria(int ActiveDeos, bool Complex, int RecentComplaints);

/// <summary>How the referral came about: these decide which letter, if any, goes out (AM-04).</summary>
public sealed record ReferralCircumstances(bool RequestedByEmployer, bool DiscussedByPhone, bool ForWorkload);

/// <summary>The facts a referral is raised with; the handler resolves the SR reference and the criteria first.</summary>
public sealed record RaiseReferral(
    string Reference,
    string EmployerErn,
    ReferralKind Kind,
    string Reason,
    ReferralCircumstances Circumstances,
    ReferralCriteria Criteria);

/// <summary>The team leader's decision (AM-03); the staff number is the account manager chosen for Allocate / Change.</summary>
public sealed record ReferralDecision(bool Approve, string? AccountManagerStaffNumber, string? Reason);
