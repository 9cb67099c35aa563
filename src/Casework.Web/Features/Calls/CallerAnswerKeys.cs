using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Calls;

/// <summary>
/// Builds what a caller can be asked from their record (SEC-01/02/03): an employer's or agent's own account fields,
/// a client's or representative's hashed secrets. An employer acting as representative (P-05) is asked about its
/// employer account. Built afresh for the questions and again for the answers, so the call record holds no answer.
/// </summary>
public sealed class CallerAnswerKeys(CaseworkDbContext db, ICallerSecretHasher hasher)
{
    public async Task<Result<ISecurityAnswerKey>> ForAsync(CallerKind kind, string reference, CancellationToken ct)
    {
        switch (kind)
        {
            case CallerKind.Employer:
                return await EmployerKeyAsync(reference, ct) is { } employerKey
                    ? Result<ISecurityAnswerKey>.Ok(employerKey)
                    : new NotFound($"No employer has ERN {reference}.");
            case CallerKind.Agent:
                var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Earn == reference, ct);
                return agent is null
                    ? new NotFound($"No agent has EARN {reference}.")
                    : Result<ISecurityAnswerKey>.Ok(AgentSecurityFacts.From(agent).AnswerKey());
            case CallerKind.PayingParent or CallerKind.ReceivingParent:
                var role = kind == CallerKind.PayingParent ? ClientRole.PayingParent : ClientRole.ReceivingParent;
                var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Scin == reference && c.Role == role, ct);
                return client is null
                    ? new NotFound($"No {Words(kind)} has SCIN {reference}.")
                    : Result<ISecurityAnswerKey>.Ok(new ClientAnswerKey($"Client {client.Scin}", client.Secrets, hasher));
            default:
                return await RepresentativeKeyAsync(reference, ct);
        }
    }

    /// <summary>The language the caller prefers (COR-05); agents and individual representatives hold none, so English.</summary>
    public async Task<PreferredLanguage> PreferredLanguageAsync(CallerKind kind, string reference, CancellationToken ct)
    {
        var ern = kind switch
        {
            CallerKind.Employer => reference,
            CallerKind.Representative => await db.Representatives.AsNoTracking().Where(r => r.Trn == reference).Select(r => r.EmployerErn).FirstOrDefaultAsync(ct),
            _ => null,
        };
        if (ern is not null)
        {
            return await db.Employers.AsNoTracking().Where(e => e.Ern == ern).Select(e => e.PreferredLanguage).FirstOrDefaultAsync(ct);
        }

        return kind is CallerKind.PayingParent or CallerKind.ReceivingParent
            ? await db.Clients.AsNoTracking().Where(c => c.Scin == reference).Select(c => c.PreferredLanguage).FirstOrDefaultAsync(ct)
            : PreferredLanguage.English;
    }

    /// <summary>Identities whose failed checks count together for the lockout (SEC-05): a SCIN is one person in either role.</summary>
    public static IReadOnlyList<CallerKind> SameIdentity(CallerKind kind) => kind is CallerKind.PayingParent or CallerKind.ReceivingParent
        ? [CallerKind.PayingParent, CallerKind.ReceivingParent]
        : [kind];

    private async Task<Result<ISecurityAnswerKey>> RepresentativeKeyAsync(string trn, CancellationToken ct)
    {
        var representative = await db.Representatives.AsNoTracking().FirstOrDefaultAsync(r => r.Trn == trn, ct);
        if (representative is null)
        {
            return new NotFound($"No representative has TRN {trn}.");
        }

        if (representative.Status == RepresentativeStatus.Removed)
        {
            return new NotAllowedInState($"Representative {trn} has been removed and no longer acts for the client.");
        }

        if (representative.EmployerErn is { } ern)
        {
            return await EmployerKeyAsync(ern, ct) is { } employerKey
                ? Result<ISecurityAnswerKey>.Ok(employerKey)
                : new RuleBroken($"P-05: representative {trn} is employer {ern}, which is not on the system; select the employer by hand.");
        }

        return Result<ISecurityAnswerKey>.Ok(new ClientAnswerKey($"Representative {trn}", representative.Secrets, hasher));
    }

    private async Task<ISecurityAnswerKey?> EmployerKeyAsync(string ern, CancellationToken ct) =>
        await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Ern == ern, ct) is { } employer
            ? EmployerSecurityFacts.From(employer).AnswerKey()
            : null;

    private static string Words(CallerKind kind) => kind == CallerKind.PayingParent ? "paying parent" : "receiving parent";
}
