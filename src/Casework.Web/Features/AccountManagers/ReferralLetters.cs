using Casework.Domain.AccountManagers;
using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.AccountManagers;

/// <summary>
/// Queues the letter a decided referral calls for (AM-04) with the fields its template needs, in the caller's
/// unit of work. Returns the refusal (e.g. contact suppressed, CON-04) that must stop the whole decision.
/// </summary>
public sealed class ReferralLetters(CaseworkDbContext db, LetterOutbox outbox, LetterRecipients recipients, AccountManagerStaff managers)
{
    public async Task<Refusal?> QueueAsync(AccountManagerReferral referral, Employer employer, string? freeText, Actor by, CancellationToken ct)
    {
        if (referral.LetterDue is not { } code)
        {
            return null;
        }

        var recipient = await recipients.ForEmployerAsync(employer.Ern, ct);
        if (!recipient.IsSuccess)
        {
            return recipient.Refusal;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["employerName"] = employer.Name };
        if (code is AccountManagerLetters.RequestDeclined or AccountManagerLetters.Removed)
        {
            // The account stays with (or goes back to) the segment team: letters name the segment.
            fields["segmentTeamName"] = await db.Segments.Where(s => s.Code == employer.SegmentCode).Select(s => s.Name).FirstOrDefaultAsync(ct)
                ?? "your employer payments team";
        }
        else
        {
            // 8003/8005 name the new account manager; 8006 the one the employer keeps.
            var manager = referral.AccountManagerAfterDecision is { } staffNumber ? await managers.FindAsync(staffNumber, ct) : null;
            if (manager is null)
            {
                return new RuleBroken($"Letter {code} needs the account manager's name and phone, but {referral.AccountManagerAfterDecision} is not an account manager.");
            }

            fields["accountManagerName"] = manager.Name;
            fields["accountManagerPhone"] = manager.Phone;
        }

        var text = string.IsNullOrWhiteSpace(freeText) ? null : freeText.Trim();
        // CMSL8006 must say why the change was declined: the team leader's documented reason says it when no letter text is given.
        text = code == AccountManagerLetters.ChangeDeclined ? text ?? referral.DecisionReason : code == AccountManagerLetters.Changed ? text : null;
        var queued = outbox.Queue(code, recipient.Value!, referral.Reference, fields, [], text, by);
        return queued.Refusal;
    }
}
