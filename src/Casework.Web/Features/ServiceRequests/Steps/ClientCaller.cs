using System.Globalization;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>SEC-06 and SR-09 for a client's SR: who is on the call, and whether a representative acts for the client.</summary>
public static class ClientCaller
{
    /// <summary>
    /// SEC-06 for a client: the call must have passed, and for this client or an active representative acting for them.
    /// The value is the representative's TRN when a representative is on the line, null when it is the client.
    /// </summary>
    public static async Task<Result<string?>> CheckAsync(ServiceRequestWork work, int callId, string scin, string? trn, CancellationToken ct)
    {
        var call = await work.Db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return InvalidInput.For("callId", $"There is no call {Id(callId)}.");
        }

        if (!call.AllowsDisclosure)
        {
            return new RuleBroken(call.Status == SecurityCheckStatus.Asked
                ? $"SEC-06: the caller on call {Id(callId)} has not answered the security questions yet, so no SR can be raised on this call."
                : $"SEC-06: the caller on call {Id(callId)} failed the security check, so no SR can be raised on this call.");
        }

        switch (call.CallerKind)
        {
            case CallerKind.PayingParent or CallerKind.ReceivingParent when call.CallerReference == scin:
                return Result<string?>.Ok(null);
            case CallerKind.Representative:
                if (trn is not null && trn != call.CallerReference)
                {
                    return new RuleBroken($"SEC-06: call {Id(callId)} checked representative {call.CallerReference}, not {trn}.");
                }

                return await RepresentativeRefusalAsync(work, call.CallerReference, scin, ct) is { } notActing
                    ? notActing
                    : Result<string?>.Ok(call.CallerReference);
            default:
                return new RuleBroken(
                    $"SEC-06: call {Id(callId)} checked {call.CallerKind} {call.CallerReference}; an SR raised on it must be for that caller or the client they represent.");
        }
    }

    public static async Task<RuleBroken?> RepresentativeRefusalAsync(ServiceRequestWork work, string trn, string scin, CancellationToken ct)
    {
        var representative = await work.Db.Representatives.AsNoTracking().FirstOrDefaultAsync(x => x.Trn == trn, ct);
        return representative is { Status: RepresentativeStatus.Active } && representative.ActingForScin == scin
            ? null
            : new RuleBroken($"SR-09: representative {trn} does not act for client {scin}, so cannot raise an SR for them.");
    }

    public static string Id(int callId) => callId.ToString(CultureInfo.InvariantCulture);
}
