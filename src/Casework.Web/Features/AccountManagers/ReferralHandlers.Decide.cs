using Casework.Domain.AccountManagers;
using Casework.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.AccountManagers;

public sealed partial class ReferralHandlers
{
    /// <summary>
    /// AM-03/04: the team leader's decision. Approval changes the employer's account team; the letter the decision
    /// table calls for is queued; the SR is closed. A rejection changes only the referral, its SR and any letter.
    /// </summary>
    public async Task<Result<ReferralDto>> DecideAsync(string reference, DecideReferralRequest request, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        if (request.Approve is not { } approve)
        {
            return InvalidInput.For("approve", "Say whether the referral is approved (true or false).");
        }

        var referral = await db.AccountManagerReferrals.FirstOrDefaultAsync(x => x.Reference == reference, ct);
        if (referral is null)
        {
            return Missing(reference);
        }

        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Ern == referral.EmployerErn, ct);
        var sr = await db.ServiceRequests.FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (employer is null || sr is null)
        {
            return new NotFound($"Referral {reference} has lost its employer or service request.");
        }

        var now = time.GetUtcNow();
        var decision = new ReferralDecision(approve, request.AccountManagerStaffNumber, request.Reason);
        if (referral.Decide(decision, employer.AccountManagerStaffNumber, actor, now) is { } refused)
        {
            return refused;
        }

        if (referral.ChosenAccountManager is { } chosen
            && await managers.RequireAsync("accountManagerStaffNumber", chosen, ct) is { IsSuccess: false } notManager)
        {
            return notManager.Refusal!;
        }

        if (referral.Status == ReferralStatus.Approved)
        {
            employer.AssignAccountManager(referral.AccountManagerAfterDecision);
        }

        var letter = await letters.QueueAsync(referral, employer, request.LetterFreeText, actor, ct);
        if (letter is not null)
        {
            return letter;
        }

        if (ReferralServiceRequest.Close(sr, referral, actor, now) is { } notClosed)
        {
            return notClosed;
        }

        await db.SaveChangesAsync(ct);
        return ToDto(referral);
    }
}
