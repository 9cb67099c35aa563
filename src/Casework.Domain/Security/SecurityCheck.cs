using System.Globalization;
using Casework.Domain.Common;

namespace Casework.Domain.Security;

/// <summary>
/// The security check of one call (SEC-01/02/03): the questions chosen at random for this caller, then pass or
/// fail. It holds question ids and prompts only, never an answer or a hash (SEC-04); answers are checked against
/// an <see cref="ISecurityAnswerKey"/> the handler builds from the caller's record. Until it has passed, nothing
/// about the account may be disclosed and no SR raised on the call (SEC-06).
/// </summary>
public sealed class SecurityCheck : IAudited
{
    private readonly List<AuditRecord> _pendingAudit = [];
    private readonly List<SecurityQuestion> _questions = [];

    private SecurityCheck()
    {
        CallerReference = StartedBy = string.Empty;
    }

    public int Id { get; private set; }

    public CallerKind CallerKind { get; private set; }

    /// <summary>The ERN, EARN, SCIN or TRN of the identity being checked; lockout (SEC-05) is per identity.</summary>
    public string CallerReference { get; private set; }

    public IReadOnlyList<SecurityQuestion> Questions => _questions;

    public SecurityCheckStatus Status { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Where a failed check sends the call (SEC-03), decided when the check starts.</summary>
    public string? TransferOnFailure { get; private set; }

    public string? TransferTo => Status == SecurityCheckStatus.Failed ? TransferOnFailure : null;

    public DateTimeOffset? LockedUntil { get; private set; }

    public int Version { get; private set; }

    /// <summary>SEC-06: account details may be disclosed, and SRs raised, on this call.</summary>
    public bool AllowsDisclosure => Status == SecurityCheckStatus.Passed;

    public string AuditSubject => $"{CallerKind} {CallerReference}";

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    /// <summary>
    /// Chooses the questions. Refused while the identity is locked (SEC-05) and when the record has too few
    /// usable fields or no security set up. <paramref name="failedChecksAt"/> are the identity's recent failures.
    /// </summary>
    public static Result<SecurityCheck> Start(CallerKind kind, string callerReference, ISecurityAnswerKey key, IRandomSource random,
        LockoutPolicy lockout, IEnumerable<DateTimeOffset> failedChecksAt, Actor by, DateTimeOffset at)
    {
        if (lockout.LockedUntil(failedChecksAt, at) is { } until)
        {
            return new NotAllowedInState(
                $"SEC-05: {kind} {callerReference} is locked after repeated failed security checks until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
        }

        var chosen = key.Choose(random);
        if (!chosen.IsSuccess)
        {
            return chosen.Refusal!;
        }

        var check = new SecurityCheck
        {
            CallerKind = kind,
            CallerReference = callerReference,
            Status = SecurityCheckStatus.Asked,
            StartedBy = by.Label,
            StartedAt = at,
            TransferOnFailure = key.TransferOnFailure,
        };
        check._questions.AddRange(chosen.Value!);
        check.Record(by, at, "Security questions asked", null, string.Join(", ", check._questions.Select(q => q.Id)));
        return check;
    }

    /// <summary>
    /// Checks the answers: every question must be answered rightly to pass; an unanswered question counts as
    /// wrong. A failure that completes <paramref name="lockout"/>'s count locks the identity (SEC-05).
    /// </summary>
    public Result<SecurityCheckResult> Answer(IReadOnlyList<SubmittedAnswer> answers, ISecurityAnswerKey key,
        LockoutPolicy lockout, IEnumerable<DateTimeOffset> earlierFailuresAt, Actor by, DateTimeOffset at)
    {
        if (Status != SecurityCheckStatus.Asked)
        {
            return new NotAllowedInState($"The security check on this call has already {Status.ToString().ToLowerInvariant()}; start a new check.");
        }

        if (InvalidAnswers(answers) is { } invalid)
        {
            return invalid;
        }

        var given = answers.ToDictionary(a => a.Id, a => a.Answer, StringComparer.Ordinal);
        var passed = _questions.All(q => given.TryGetValue(q.Id, out var answer) && key.Matches(q.Id, answer ?? string.Empty));
        Status = passed ? SecurityCheckStatus.Passed : SecurityCheckStatus.Failed;
        AnsweredAt = at;
        Record(by, at, passed ? "Security check passed" : "Security check failed", nameof(SecurityCheckStatus.Asked), Status.ToString());
        if (!passed)
        {
            LockedUntil = lockout.LockedUntil(earlierFailuresAt.Append(at), at);
            if (LockedUntil is { } until)
            {
                Record(by, at, "Identity locked", null, $"Until {until.ToString("O", CultureInfo.InvariantCulture)} after {lockout.MaxFailedChecks} failed checks (SEC-05)");
            }
        }

        return new SecurityCheckResult(passed, TransferTo, LockedUntil);
    }

    private InvalidInput? InvalidAnswers(IReadOnlyList<SubmittedAnswer> answers)
    {
        var ids = answers.Select(a => a.Id).ToArray();
        if (ids.Length != ids.Distinct(StringComparer.Ordinal).Count())
        {
            return InvalidInput.For("answers", "Each question can be answered only once.");
        }

        var asked = _questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        return ids.FirstOrDefault(id => !asked.Contains(id)) is { } stray
            ? InvalidInput.For("answers", $"Question {stray} was not asked on this call.")
            : null;
    }

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }
}
