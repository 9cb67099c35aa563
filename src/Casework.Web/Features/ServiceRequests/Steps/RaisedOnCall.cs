using System.Globalization;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Parties;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>SEC-06: an SR raised on a call only once that call's security check has passed, and for the caller checked; the link to the call is audited.</summary>
public static class RaisedOnCall
{
    public static async Task<Refusal?> RefusalAsync(ServiceRequestWork work, int callId, string? employerErn, Agent? agent, CancellationToken ct)
    {
        var call = await work.Db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        var id = callId.ToString(CultureInfo.InvariantCulture);
        if (call is null)
        {
            return InvalidInput.For("callId", $"There is no call {id}.");
        }

        if (!call.AllowsDisclosure)
        {
            return new NotAllowedInState(call.Status == SecurityCheckStatus.Asked
                ? $"SEC-06: the caller on call {id} has not answered the security questions yet, so no SR can be raised on this call."
                : $"SEC-06: the caller on call {id} failed the security check, so no SR can be raised on this call.");
        }

        var forCaller = call.CallerKind switch
        {
            CallerKind.Employer => string.Equals(employerErn, call.CallerReference, StringComparison.Ordinal),
            // An agent acts for the employers linked to it, and may raise their SRs as well as its own.
            CallerKind.Agent => agent is not null
                ? string.Equals(agent.Earn, call.CallerReference, StringComparison.Ordinal)
                : employerErn is not null && await work.Db.Agents.AsNoTracking()
                    .Where(a => a.Earn == call.CallerReference).Select(a => a.EmployerErns).FirstOrDefaultAsync(ct) is { } erns && erns.Contains(employerErn),
            _ => false,
        };
        return forCaller
            ? null
            : new RuleBroken($"SEC-06: call {id} checked {call.CallerKind} {call.CallerReference}; an SR raised on it must be for that caller.");
    }

    public static void Link(ServiceRequestWork work, ServiceRequest sr, int callId, Actor actor, DateTimeOffset at)
    {
        work.Db.CallServiceRequests.Add(new CallServiceRequest { CallId = callId, ServiceRequestReference = sr.Reference, LinkedAt = at });
        work.Db.AuditEntries.Add(new AuditEntry
        {
            Subject = sr.Reference,
            At = at,
            By = actor.Label,
            Action = "Raised on a call",
            After = $"Call {callId.ToString(CultureInfo.InvariantCulture)}, security check passed (SEC-06)",
        });
    }
}
