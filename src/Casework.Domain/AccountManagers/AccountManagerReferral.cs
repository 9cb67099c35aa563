using Casework.Domain.Common;

namespace Casework.Domain.AccountManagers;

/// <summary>
/// A caseworker's referral to their team leader to allocate, change or remove an employer's account manager
/// (AM-02/03). It lives beside its SR and shares its reference, so its audit records sit in the SR's trail.
/// Every change applies completely or returns a refusal and changes nothing.
/// </summary>
public sealed class AccountManagerReferral : IAudited
{
    private readonly List<AuditRecord> _pendingAudit = [];

    private AccountManagerReferral()
    {
        Reference = EmployerErn = Reason = RaisedBy = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The reference of the referral's SR.</summary>
    public string Reference { get; private set; }

    public string EmployerErn { get; private set; }

    public ReferralKind Kind { get; private set; }

    public string Reason { get; private set; }

    public bool RequestedByEmployer { get; private set; }

    public bool DiscussedByPhone { get; private set; }

    public bool ForWorkload { get; private set; }

    public int ActiveDeos { get; private set; }

    public bool Complex { get; private set; }

    public int RecentComplaints { get; private set; }

    /// <summary>The account manager when the referral was raised; null while the segment manager had the account.</summary>
    public string? AccountManagerWhenRaised { get; private set; }

    public string RaisedBy { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public ReferralStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>The account manager the team leader chose (Allocate / Change approved).</summary>
    public string? ChosenAccountManager { get; private set; }

    /// <summary>The account manager the employer has after the decision; null means the segment manager.</summary>
    public string? AccountManagerAfterDecision { get; private set; }

    public int Version { get; private set; }

    public ReferralCriteria Criteria => new(ActiveDeos, Complex, RecentComplaints);

    public ReferralCircumstances Circumstances => new(RequestedByEmployer, DiscussedByPhone, ForWorkload);

    public bool IsDecided => Status != ReferralStatus.Pending;

    /// <summary>The letter the decision calls for (AM-04); null while pending or when none is due.</summary>
    public string? LetterDue => IsDecided ? AccountManagerLetters.For(Kind, Status == ReferralStatus.Approved, Circumstances) : null;

    public string AuditSubject => Reference;

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    public static Result<AccountManagerReferral> Raise(RaiseReferral request, string? currentAccountManager, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return InvalidInput.For("reason", "Enter the reason for the referral.");
        }

        if (StateRuleBroken(request.Kind, currentAccountManager, request.EmployerErn) is { } broken)
        {
            return broken;
        }

        var referral = new AccountManagerReferral
        {
            Reference = request.Reference,
            EmployerErn = request.EmployerErn,
            Kind = request.Kind,
            Reason = request.Reason.Trim(),
            RequestedByEmployer = request.Circumstances.RequestedByEmployer,
            DiscussedByPhone = request.Circumstances.DiscussedByPhone,
            ForWorkload = request.Circumstances.ForWorkload,
            ActiveDeos = request.Criteria.ActiveDeos,
            Complex = request.Criteria.Complex,
            RecentComplaints = request.Criteria.RecentComplaints,
            AccountManagerWhenRaised = currentAccountManager,
            RaisedBy = by.Label,
            RaisedAt = at,
            Status = ReferralStatus.Pending,
        };
        referral.Record(by, at, "Account manager referral raised", null,
            $"{request.Kind}: {referral.Reason}; active DEOs {referral.ActiveDeos}, complex {referral.Complex}, recent complaints {referral.RecentComplaints}");
        return referral;
    }

    /// <summary>AM-03: the team leader approves or rejects with a documented reason; <paramref name="currentAccountManager"/> is the employer's now.</summary>
    public Refusal? Decide(ReferralDecision decision, string? currentAccountManager, Actor by, DateTimeOffset at)
    {
        if (!by.IsTeamLeader)
        {
            return new Forbidden("Only a team leader can approve or reject an account manager referral.");
        }

        if (IsDecided)
        {
            return new NotAllowedInState($"Referral {Reference} was already {Status.ToString().ToLowerInvariant()} by {DecidedBy}.");
        }

        var chosen = string.IsNullOrWhiteSpace(decision.AccountManagerStaffNumber) ? null : decision.AccountManagerStaffNumber.Trim();
        var needsManager = decision.Approve && Kind != ReferralKind.Remove;
        if (string.IsNullOrWhiteSpace(decision.Reason) || (needsManager && chosen is null))
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (string.IsNullOrWhiteSpace(decision.Reason))
            {
                errors["reason"] = ["Document the reason for the decision."];
            }

            if (needsManager && chosen is null)
            {
                errors["accountManagerStaffNumber"] = ["Choose the account manager to assign."];
            }

            return new InvalidInput(errors);
        }

        if (decision.Approve && ApprovalRuleBroken(currentAccountManager, chosen) is { } broken)
        {
            return broken;
        }

        Status = decision.Approve ? ReferralStatus.Approved : ReferralStatus.Rejected;
        DecidedBy = by.Label;
        DecidedAt = at;
        DecisionReason = decision.Reason!.Trim();
        ChosenAccountManager = needsManager ? chosen : null;
        AccountManagerAfterDecision = !decision.Approve ? currentAccountManager : Kind == ReferralKind.Remove ? null : chosen;
        Record(by, at, decision.Approve ? "Account manager referral approved" : "Account manager referral rejected", "Pending", DecisionReason);
        if (decision.Approve)
        {
            Record(by, at, "Account team changed", Team(currentAccountManager), Team(AccountManagerAfterDecision));
        }

        return null;
    }

    private RuleBroken? ApprovalRuleBroken(string? current, string? chosen)
    {
        // The account may have changed since the referral was raised (another referral, a bulk reassignment).
        if (StateRuleBroken(Kind, current, EmployerErn) is { } broken)
        {
            return broken;
        }

        return Kind == ReferralKind.Change && string.Equals(current, chosen, StringComparison.Ordinal)
            ? new RuleBroken($"Account manager {chosen} already manages employer {EmployerErn}; choose a different one to change to.")
            : null;
    }

    private static RuleBroken? StateRuleBroken(ReferralKind kind, string? current, string ern) => (kind, current) switch
    {
        // 003 step 1: the account team shows whether an account manager is assigned; each referral only makes sense one way.
        (ReferralKind.Allocate, not null) => new RuleBroken(
            $"Employer {ern} already has account manager {current}: raise a Change or Remove referral instead."),
        (ReferralKind.Change or ReferralKind.Remove, null) => new RuleBroken(
            $"Employer {ern} has no account manager (the segment manager has the account): raise an Allocate referral instead."),
        _ => null,
    };

    private static string Team(string? accountManager) => accountManager is null ? "Segment manager" : $"Account manager {accountManager}";

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }
}
