using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Contact.ContactBuilders;

namespace Casework.Domain.Tests.Contact;

/// <summary>SEC-01/03/05/06: a check holds questions only, passes when every answer is right, fails over to lockout and transfer.</summary>
public sealed class SecurityCheckTests
{
    private static readonly LockoutPolicy _policy = LockoutPolicy.Default;

    [Fact]
    public void SEC06_a_new_check_allows_no_disclosure_and_records_the_questions_asked()
    {
        var check = StartClient();

        Assert.Equal(SecurityCheckStatus.Asked, check.Status);
        Assert.False(check.AllowsDisclosure);
        Assert.Equal(5, check.Questions.Count);
        var audit = Assert.Single(check.PendingAudit);
        Assert.Equal(string.Join(", ", check.Questions.Select(q => q.Id)), audit.After);
    }

    [Fact]
    public void SEC03_right_answers_pass_and_allow_disclosure()
    {
        var check = StartClient();

        var result = check.Answer(Right(check), ClientKey(), _policy, [], Actors.Caseworker, At).Value!;

        Assert.Equal(new SecurityCheckResult(true, null, null), result);
        Assert.True(check.AllowsDisclosure);
    }

    [Fact]
    public void SEC03_a_failed_client_check_transfers_to_general_inbound_call_handling()
    {
        var check = StartClient();
        var answers = Right(check).Select((a, i) => i == 0 ? a with { Answer = QuestionChoicePropertyTests.WrongClientAnswer(a.Id) } : a).ToArray();

        var result = check.Answer(answers, ClientKey(), _policy, [], Actors.Caseworker, At).Value!;

        Assert.False(result.Passed);
        Assert.Equal("GeneralInboundCallHandling", result.TransferTo);
        Assert.Null(result.LockedUntil);
        Assert.False(check.AllowsDisclosure);
    }

    [Fact]
    public void SEC03_an_unanswered_question_counts_as_wrong()
    {
        var check = StartClient();

        Assert.False(check.Answer(Right(check).Skip(1).ToArray(), ClientKey(), _policy, [], Actors.Caseworker, At).Value!.Passed);
    }

    [Fact]
    public void SEC01_a_failed_employer_check_stays_with_the_caseworker()
    {
        var check = SecurityCheck.Start(CallerKind.Employer, FullEmployer.Ern, FullEmployer.AnswerKey(), Seeded(4), _policy, [], Actors.Caseworker, At).Value!;

        var result = check.Answer([.. check.Questions.Select(q => new SubmittedAnswer(q.Id, "wrong"))], FullEmployer.AnswerKey(), _policy, [], Actors.Caseworker, At).Value!;

        Assert.Equal(new SecurityCheckResult(false, null, null), result);
    }

    [Fact]
    public void SEC01_employer_check_passes_on_normalised_right_answers()
    {
        var check = SecurityCheck.Start(CallerKind.Employer, FullEmployer.Ern, FullEmployer.AnswerKey(), Seeded(4), _policy, [], Actors.Caseworker, At).Value!;
        var answers = check.Questions.Select(q => new SubmittedAnswer(q.Id, RightAnswer(FullEmployer, q.Id).ToUpperInvariant())).ToArray();

        Assert.True(check.Answer(answers, FullEmployer.AnswerKey(), _policy, [], Actors.Caseworker, At).Value!.Passed);
    }

    [Fact]
    public void SEC05_the_third_failure_within_thirty_minutes_locks_the_identity_and_is_audited()
    {
        var check = StartClient();
        DateTimeOffset[] earlier = [At.AddMinutes(-20), At.AddMinutes(-5)];

        var result = check.Answer([], ClientKey(), _policy, earlier, Actors.Caseworker, At).Value!;

        Assert.Equal(At.AddMinutes(30), result.LockedUntil);
        Assert.Equal(At.AddMinutes(30), check.LockedUntil);
        Assert.Contains(check.PendingAudit, a => a.Action == "Identity locked");
    }

    [Fact]
    public void SEC05_a_locked_identity_cannot_start_a_check_until_the_lock_ends()
    {
        DateTimeOffset[] failures = [At.AddMinutes(-20), At.AddMinutes(-10), At.AddMinutes(-1)];

        var refused = SecurityCheck.Start(CallerKind.PayingParent, Scin, ClientKey(), Seeded(1), _policy, failures, Actors.Caseworker, At);
        var later = SecurityCheck.Start(CallerKind.PayingParent, Scin, ClientKey(), Seeded(1), _policy, failures, Actors.Caseworker, At.AddMinutes(29));

        Assert.Contains("locked", Assert.IsType<NotAllowedInState>(refused.Refusal).Reason, StringComparison.Ordinal);
        Assert.True(later.IsSuccess);
    }

    [Fact]
    public void SEC03_a_check_is_answered_once()
    {
        var check = StartClient();
        Assert.True(check.Answer(Right(check), ClientKey(), _policy, [], Actors.Caseworker, At).IsSuccess);
        var version = check.Version;

        Assert.IsType<NotAllowedInState>(check.Answer(Right(check), ClientKey(), _policy, [], Actors.Caseworker, At).Refusal);
        Assert.Equal(version, check.Version);
    }

    [Fact]
    public void SEC03_answers_to_questions_not_asked_or_given_twice_are_invalid_and_change_nothing()
    {
        var check = StartClient();
        var stray = Right(check).Append(new SubmittedAnswer("Question99", "x")).ToArray();
        var twice = Right(check).Append(Right(check)[0]).ToArray();

        Assert.IsType<InvalidInput>(check.Answer(stray, ClientKey(), _policy, [], Actors.Caseworker, At).Refusal);
        Assert.IsType<InvalidInput>(check.Answer(twice, ClientKey(), _policy, [], Actors.Caseworker, At).Refusal);
        Assert.Equal(SecurityCheckStatus.Asked, check.Status);
        Assert.Single(check.PendingAudit);
    }

    [Fact]
    public void SEC04_the_audit_trail_never_holds_an_answer()
    {
        var check = StartClient();
        check.Answer(Right(check), ClientKey(), _policy, [], Actors.Caseworker, At);

        Assert.All(check.PendingAudit, a => Assert.DoesNotContain("answer", $"{a.Before} {a.After}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SEC01_too_few_fields_refuse_the_check() =>
        Assert.IsType<RuleBroken>(SecurityCheck.Start(CallerKind.Employer, EmptyEmployer.Ern, EmptyEmployer.AnswerKey(), Seeded(1), _policy, [], Actors.Caseworker, At).Refusal);

    private static SecurityCheck StartClient() =>
        SecurityCheck.Start(CallerKind.ReceivingParent, Scin, ClientKey(), Seeded(8), _policy, [], Actors.Caseworker, At).Value!;

    private static SubmittedAnswer[] Right(SecurityCheck check) =>
        [.. check.Questions.Select(q => new SubmittedAnswer(q.Id, QuestionChoicePropertyTests.RightClientAnswer(q.Id)))];
}
