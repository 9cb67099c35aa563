using System.Globalization;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Casework.Web.Infrastructure.Security;

namespace Casework.Web.Features.Calls;

/// <summary>SEC-05: the identity is locked; the API adds <c>lockedUntil</c> to the 409.</summary>
public sealed record IdentityLocked(string Reason, DateTimeOffset LockedUntil) : Refusal(Reason);

/// <summary>
/// Taking a call (SEC-01/02/03/05/06): start the security check with questions chosen at random, then check the
/// answers. What the caller said is compared and forgotten: it is never stored, logged or echoed back (SEC-04).
/// </summary>
public sealed class CallHandlers(
    AccessAudit access,
    CaseworkDbContext db,
    CurrentActor actors,
    TimeProvider time,
    CallerAnswerKeys keys,
    IRandomSource random,
    LockoutPolicy lockout,
    Clients.WelshCallBacks welshCallBacks,
    Infrastructure.Telemetry.CaseworkMetrics metrics)
{
    public const int MaxAnswerLength = 200;

    public async Task<Result<CallStartedDto>> StartAsync(StartCallRequest request, CancellationToken ct)
    {
        var validation = new Validation()
            .Enum<CallerKind>("callerType", request.CallerType, required: true, "Choose who is calling")
            .Required("reference", request.Reference, "Enter the reference the caller gave (ERN, EARN, SCIN or TRN).")
            .MaxLength("reference", request.Reference?.Trim(), 20);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var kind = Validation.ParseEnum<CallerKind>(request.CallerType!);
        var reference = request.Reference!.Trim();
        var key = await keys.ForAsync(kind, reference, ct);
        if (!key.IsSuccess)
        {
            return key.Refusal!;
        }

        var now = time.GetUtcNow();
        var failures = await FailuresAsync(kind, reference, null, now, ct);
        if (lockout.LockedUntil(failures, now) is { } until)
        {
            return Locked(kind, reference, until);
        }

        var started = SecurityCheck.Start(kind, reference, key.Value!, random, lockout, failures, await actors.RequireAsync(ct), now);
        if (!started.IsSuccess)
        {
            return started.Refusal!;
        }

        db.Calls.Add(started.Value!);
        await db.SaveChangesAsync(ct);
        return new CallStartedDto(started.Value!.Id, Questions(started.Value!));
    }

    public async Task<Result<SecurityAnswersResultDto>> AnswerAsync(int id, SecurityAnswersRequest request, CancellationToken ct)
    {
        var answers = request.Answers;
        var validation = new Validation()
            .Check(answers is not null, "answers", "Give the caller's answers: [ { \"id\", \"answer\" } ].")
            .Check(answers is null || answers.All(a => a is not null && !string.IsNullOrWhiteSpace(a.Id)), "answers", "Each answer needs the id of its question.")
            .Check(answers is null || answers.All(a => a is null || (a.Answer?.Length ?? 0) <= MaxAnswerLength), "answers",
                $"An answer must be {MaxAnswerLength} characters or fewer.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var check = await db.Calls.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (check is null)
        {
            return new NotFound($"There is no call {id.ToString(CultureInfo.InvariantCulture)}.");
        }

        var key = await keys.ForAsync(check.CallerKind, check.CallerReference, ct);
        if (!key.IsSuccess)
        {
            return key.Refusal!;
        }

        var now = time.GetUtcNow();
        var failures = await FailuresAsync(check.CallerKind, check.CallerReference, check.Id, now, ct);
        // Questions handed out before the lock cannot be used to get round it.
        if (check.Status == SecurityCheckStatus.Asked && lockout.LockedUntil(failures, now) is { } until)
        {
            return Locked(check.CallerKind, check.CallerReference, until);
        }

        var submitted = answers!.Select(a => new SubmittedAnswer(a.Id!.Trim(), a.Answer ?? string.Empty)).ToList();
        var result = check.Answer(submitted, key.Value!, lockout, failures, await actors.RequireAsync(ct), now);
        if (!result.IsSuccess)
        {
            return result.Refusal!;
        }

        if (result.Value!.Passed)
        {
            // COR-05: a Welsh speaker's call-back task for the Welsh language unit, saved with the check.
            await welshCallBacks.AddForCallerAsync(check.CallerReference, check.Id, await actors.RequireAsync(ct), ct);
        }

        await db.SaveChangesAsync(ct);
        metrics.SecurityCheckAnswered(result.Value!.Passed, result.Value.LockedUntil is not null);
        await access.RecordAsync(AccessKinds.SecurityCheckResult, check.CallerReference, id.ToString(CultureInfo.InvariantCulture), ct);
        // Only once the caller has passed may anything about the account — even its language — show (SEC-06).
        var welsh = result.Value!.Passed
            ? WelshLanguageCallBack.For(await keys.PreferredLanguageAsync(check.CallerKind, check.CallerReference, ct), check.CallerReference)
            : null;
        return new SecurityAnswersResultDto(result.Value.Passed, result.Value.TransferTo, result.Value.LockedUntil,
            welsh is null ? null : new WelshCallBackDto(welsh.TeamCode, welsh.Reason));
    }

    public async Task<Result<CallDto>> GetAsync(int id, CancellationToken ct)
    {
        var check = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (check is null)
        {
            return new NotFound($"There is no call {id.ToString(CultureInfo.InvariantCulture)}.");
        }

        await access.RecordAsync(AccessKinds.SecurityCheckResult, check.CallerReference, id.ToString(CultureInfo.InvariantCulture), ct);
        var srs = await db.CallServiceRequests.AsNoTracking().Where(l => l.CallId == id).OrderBy(l => l.Id)
            .Select(l => l.ServiceRequestReference).ToListAsync(ct);
        return new CallDto(check.Id, check.CallerKind.ToString(), check.CallerReference, check.Status.ToString(), Questions(check),
            check.StartedBy, check.StartedAt, check.AnsweredAt, check.TransferTo, check.LockedUntil, srs);
    }

    /// <summary>The identity's failed checks recent enough to count towards a lock, other than <paramref name="except"/>.</summary>
    private async Task<List<DateTimeOffset>> FailuresAsync(CallerKind kind, string reference, int? except, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - lockout.Lookback;
        var kinds = CallerAnswerKeys.SameIdentity(kind);
        var answered = await db.Calls.AsNoTracking()
            .Where(c => c.CallerReference == reference && kinds.Contains(c.CallerKind) && c.Status == SecurityCheckStatus.Failed
                && c.AnsweredAt >= since && c.Id != except)
            .Select(c => c.AnsweredAt).ToListAsync(ct);
        return [.. answered.OfType<DateTimeOffset>()];
    }

    private static IdentityLocked Locked(CallerKind kind, string reference, DateTimeOffset until) => new(
        $"SEC-05: {kind} {reference} is locked after repeated failed security checks until "
        + $"{until.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Nothing can be discussed on this call.",
        until);

    private static List<SecurityQuestionDto> Questions(SecurityCheck check) =>
        [.. check.Questions.Select(q => new SecurityQuestionDto(q.Id, q.Prompt))];
}
