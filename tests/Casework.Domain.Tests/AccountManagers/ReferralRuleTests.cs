using Casework.Domain.AccountManagers;
using Casework.Domain.Common;
using Casework.Domain.Tests.Builders;

namespace Casework.Domain.Tests.AccountManagers;

/// <summary>AM-02/03: who may raise and decide which referral, and that a refused command changes nothing.</summary>
public sealed class ReferralRuleTests
{
    private const string Ern = "10000001";
    private const string Manager = "AM001";
    private const string OtherManager = "AM002";
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AM02_a_referral_keeps_the_reason_criteria_and_circumstances_and_is_pending()
    {
        var referral = Raise(ReferralKind.Allocate, null, new ReferralCircumstances(true, true, false));

        Assert.Equal(ReferralStatus.Pending, referral.Status);
        Assert.Equal(new ReferralCriteria(42, true, 2), referral.Criteria);
        Assert.Equal(new ReferralCircumstances(true, true, false), referral.Circumstances);
        Assert.Equal("Large employer", referral.Reason);
        Assert.Null(referral.LetterDue);
        Assert.Equal("SR00000001", referral.AuditSubject);
        Assert.Equal("Account manager referral raised", Assert.Single(referral.PendingAudit).Action);
    }

    [Fact]
    public void AM02_allocate_is_refused_when_the_employer_already_has_an_account_manager() =>
        Assert.IsType<RuleBroken>(TryRaise(ReferralKind.Allocate, Manager).Refusal);

    [Theory]
    [InlineData(ReferralKind.Change)]
    [InlineData(ReferralKind.Remove)]
    public void AM02_change_or_remove_is_refused_when_the_segment_manager_has_the_account(ReferralKind kind) =>
        Assert.IsType<RuleBroken>(TryRaise(kind, null).Refusal);

    [Fact]
    public void AM02_a_reason_is_required() =>
        Assert.Contains("reason", Assert.IsType<InvalidInput>(TryRaise(ReferralKind.Allocate, null, reason: " ").Refusal).Errors.Keys);

    [Fact]
    public void AM03_only_a_team_leader_decides_and_a_refusal_changes_nothing()
    {
        var referral = Raise(ReferralKind.Allocate, null);
        var before = Snapshot(referral);

        Assert.IsType<Forbidden>(referral.Decide(new(true, Manager, "Meets criteria"), null, Actors.Caseworker, _at));

        Assert.Equal(before, Snapshot(referral));
    }

    [Fact]
    public void AM03_deciding_twice_is_refused_in_state()
    {
        var referral = Raise(ReferralKind.Allocate, null);
        Assert.Null(referral.Decide(new(false, null, "Does not meet the criteria"), null, Actors.TeamLeader, _at));
        var before = Snapshot(referral);

        Assert.IsType<NotAllowedInState>(referral.Decide(new(true, Manager, "Changed my mind"), null, Actors.TeamLeader, _at));
        Assert.Equal(before, Snapshot(referral));
    }

    [Theory]
    [InlineData(ReferralKind.Allocate, null, "reason")]
    [InlineData(ReferralKind.Allocate, "", "accountManagerStaffNumber")]
    [InlineData(ReferralKind.Change, "", "accountManagerStaffNumber")]
    public void AM03_approval_needs_a_reason_and_for_allocate_or_change_an_account_manager(ReferralKind kind, string? reason, string field)
    {
        var referral = Raise(kind, kind == ReferralKind.Allocate ? null : Manager);
        var before = Snapshot(referral);
        var decision = new ReferralDecision(true, reason is null ? OtherManager : null, reason ?? " ");

        var refused = Assert.IsType<InvalidInput>(referral.Decide(decision, referral.AccountManagerWhenRaised, Actors.TeamLeader, _at));

        Assert.Contains(field, refused.Errors.Keys);
        Assert.Equal(before, Snapshot(referral));
    }

    [Fact]
    public void AM03_approving_an_allocation_after_someone_else_allocated_is_a_broken_rule()
    {
        var referral = Raise(ReferralKind.Allocate, null);

        Assert.IsType<RuleBroken>(referral.Decide(new(true, OtherManager, "Meets criteria"), Manager, Actors.TeamLeader, _at));
        Assert.Equal(ReferralStatus.Pending, referral.Status);
    }

    [Fact]
    public void AM03_changing_to_the_same_account_manager_is_a_broken_rule() =>
        Assert.IsType<RuleBroken>(Raise(ReferralKind.Change, Manager).Decide(new(true, Manager, "Swap"), Manager, Actors.TeamLeader, _at));

    [Theory]
    [InlineData(ReferralKind.Allocate, null, OtherManager)]
    [InlineData(ReferralKind.Change, Manager, OtherManager)]
    [InlineData(ReferralKind.Remove, Manager, null)]
    public void AM03_approval_sets_the_account_team_after_the_decision(ReferralKind kind, string? current, string? expected)
    {
        var referral = Raise(kind, current);

        Assert.Null(referral.Decide(new(true, OtherManager, "Agreed"), current, Actors.TeamLeader, _at));

        Assert.Equal(ReferralStatus.Approved, referral.Status);
        Assert.Equal(expected, referral.AccountManagerAfterDecision);
        Assert.Equal("Agreed", referral.DecisionReason);
    }

    [Theory]
    [InlineData(ReferralKind.Allocate, null)]
    [InlineData(ReferralKind.Change, Manager)]
    [InlineData(ReferralKind.Remove, Manager)]
    public void AM03_rejection_leaves_the_account_team_as_it_was(ReferralKind kind, string? current)
    {
        var referral = Raise(kind, current);

        Assert.Null(referral.Decide(new(false, OtherManager, "Not needed"), current, Actors.TeamLeader, _at));

        Assert.Equal(ReferralStatus.Rejected, referral.Status);
        Assert.Equal(current, referral.AccountManagerAfterDecision);
        Assert.Null(referral.ChosenAccountManager);
    }

    private static AccountManagerReferral Raise(ReferralKind kind, string? current, ReferralCircumstances? circumstances = null) =>
        TryRaise(kind, current, circumstances: circumstances).Value!;

    private static Result<AccountManagerReferral> TryRaise(
        ReferralKind kind, string? current, string reason = "Large employer", ReferralCircumstances? circumstances = null) =>
        AccountManagerReferral.Raise(
            new RaiseReferral("SR00000001", Ern, kind, reason, circumstances ?? new(false, false, false), new ReferralCriteria(42, true, 2)),
            current, Actors.Caseworker, _at);

    private static string Snapshot(AccountManagerReferral r) =>
        $"{r.Status}|{r.DecidedBy}|{r.DecidedAt}|{r.DecisionReason}|{r.ChosenAccountManager}|{r.AccountManagerAfterDecision}|{r.Version}|{r.PendingAudit.Count}";
}
