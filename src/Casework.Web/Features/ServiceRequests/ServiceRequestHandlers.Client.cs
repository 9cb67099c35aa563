using System.Globalization;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>
/// SR-09: a service request for a paying or receiving parent, raised by them or by their representative, routed to
/// the owner of the client's case (SEC-08's owner rule). On a call it is raised only once that call's security check
/// passed for this client or for a representative acting for them (SEC-06). A change of circumstances decides its
/// outbound call by itself and plans it in the case owner's inbox (CON-08).
/// </summary>
public sealed partial class ServiceRequestHandlers
{
    private async Task<Result<ServiceRequestDto>> RaiseForClientAsync(RaiseServiceRequestRequest r, ServiceRequestType type, CancellationToken ct)
    {
        var scin = r.ClientScin!.Trim();
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return InvalidInput.For("clientScin", $"No client has SCIN {scin}.");
        }

        var raisedBy = Validation.ParseEnum<RaisedBy>(r.RaisedBy!);
        var trn = string.IsNullOrWhiteSpace(r.RepresentativeTrn) ? null : r.RepresentativeTrn.Trim();
        if (r.CallId is { } callId)
        {
            var onCall = await ClientCallerAsync(callId, scin, trn, ct);
            if (!onCall.IsSuccess)
            {
                return onCall.Refusal!;
            }

            // A representative's call raises for the client they act for, recorded as raised by the representative.
            (raisedBy, trn) = onCall.Value is { } representative ? (RaisedBy.Representative, representative) : (raisedBy, trn);
            if (onCall.Value is null && raisedBy == RaisedBy.Representative)
            {
                return new RuleBroken($"SEC-06: call {Id(callId)} checked the client themselves, so the SR is raised by the client, not a representative.");
            }
        }
        else if (raisedBy == RaisedBy.Representative && trn is not null && await RepresentativeRefusalAsync(trn, scin, ct) is { } notActing)
        {
            return notActing;
        }

        var actor = await actors.RequireAsync(ct);
        var now = time.GetUtcNow();
        var today = UkClock.DateOf(now);
        var owner = await ClientCaseOwnerAsync(scin, r.CaseNumber, type, ct);
        if (!owner.IsSuccess)
        {
            return owner.Refusal!;
        }

        var target = new Deadline(
            calendar.AddWorkingDays(today, type.TargetWorkingDays, client.Region),
            $"{type.TargetWorkingDays} working days from {Display.Date(today)} ({Display.Region(client.Region)} bank holidays)");
        var change = type.ChangeOfCircumstances is null ? null : await ChangeContextAsync(client, today, r.ClientAskedForCall ?? false, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var command = new RaiseServiceRequest(
            await references.NextServiceRequestReferenceAsync(ct), type, PartyKind.Client, null, null, raisedBy,
            Validation.ParseEnum<Channel>(r.Channel!), owner.Value!, target,
            new ClientParty(scin, raisedBy == RaisedBy.Representative ? trn : null, change));
        var raised = ServiceRequest.Raise(command, actor, now);
        if (!raised.IsSuccess)
        {
            return raised.Refusal!;
        }

        var sr = raised.Value!;
        db.ServiceRequests.Add(sr);
        await db.SaveChangesAsync(ct);
        if (r.CallId is { } call)
        {
            LinkToCall(sr, call, actor, now);
        }

        if (sr.OutboundCall is { Required: true } plan)
        {
            await PlanOutboundCallAsync(sr, client, plan, actor, now, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        metrics.ServiceRequestRaised(sr);
        return await ToDtoAsync(sr, actor, ct);
    }

    /// <summary>
    /// SEC-06 for a client: the call must have passed, and for this client or an active representative acting for them.
    /// The value is the representative's TRN when a representative is on the line, null when it is the client.
    /// </summary>
    private async Task<Result<string?>> ClientCallerAsync(int callId, string scin, string? trn, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
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

                return await RepresentativeRefusalAsync(call.CallerReference, scin, ct) is { } notActing
                    ? notActing
                    : Result<string?>.Ok(call.CallerReference);
            default:
                return new RuleBroken(
                    $"SEC-06: call {Id(callId)} checked {call.CallerKind} {call.CallerReference}; an SR raised on it must be for that caller or the client they represent.");
        }
    }

    private async Task<RuleBroken?> RepresentativeRefusalAsync(string trn, string scin, CancellationToken ct)
    {
        var representative = await db.Representatives.AsNoTracking().FirstOrDefaultAsync(x => x.Trn == trn, ct);
        return representative is { Status: RepresentativeStatus.Active } && representative.ActingForScin == scin
            ? null
            : new RuleBroken($"SR-09: representative {trn} does not act for client {scin}, so cannot raise an SR for them.");
    }

    /// <summary>SEC-08's owner rule: the owner of the client's case; with several, the case named, else the type's team queue.</summary>
    private async Task<Result<Owner>> ClientCaseOwnerAsync(string scin, string? caseNumber, ServiceRequestType type, CancellationToken ct)
    {
        var cases = await db.ClientCases.AsNoTracking()
            .Where(k => k.PayingParentScin == scin || k.ReceivingParentScin == scin).OrderBy(k => k.CaseNumber).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(caseNumber))
        {
            var chosen = cases.FirstOrDefault(k => k.CaseNumber == caseNumber.Trim());
            return chosen is null ? InvalidInput.For("caseNumber", $"Client {scin} is not on case {caseNumber.Trim()}.") : chosen.Owner;
        }

        return cases.Count == 1 ? cases[0].Owner : Owner.ForTeam(type.DefaultTeamCode);
    }

    /// <summary>CON-08: the client's other changes of circumstances close enough to share one outbound call (CON-03).</summary>
    private async Task<ChangeOfCircumstancesContext> ChangeContextAsync(Client client, DateOnly today, bool clientAsked, CancellationToken ct)
    {
        var since = new DateTimeOffset(today.AddDays(-OutboundCallPlanner.BurstWindowDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var recent = await db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.ClientScin == client.Scin && s.CreatedAt >= since && s.SubStatus != SubStatuses.Cancelled && s.OutboundCall != null)
            .Select(s => new { s.Process, s.Area, s.SubArea, s.CreatedAt, s.OutboundCall!.ClientAsked })
            .ToListAsync(ct);
        var types = await db.ServiceRequestTypes.AsNoTracking().Where(t => t.ChangeOfCircumstances != null).ToListAsync(ct);
        var earlier = recent
            .Select(s => (type: types.FirstOrDefault(t => t.Matches(s.Process, s.Area, s.SubArea)), s.CreatedAt, s.ClientAsked))
            .Where(x => x.type is not null)
            .Select(x => new ContactEvent(x.type!.ChangeOfCircumstances!.Value, UkClock.DateOf(x.CreatedAt), x.ClientAsked))
            .ToList();
        return new ChangeOfCircumstancesContext(client.Role, today, clientAsked, client.ContactSuppressed, earlier,
            day => calendar.AddWorkingDays(day, 1, client.Region));
    }

    /// <summary>
    /// CON-08 / CON-03: one open outbound-call task per burst of changes. A change joining a burst moves the burst's task
    /// to the new due date and to this SR; otherwise a new task goes to the case owner (their inbox, or the team's).
    /// </summary>
    private async Task PlanOutboundCallAsync(ServiceRequest sr, Client client, OutboundCallPlan plan, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var burstStart = new DateTimeOffset(plan.BurstStartedOn!.Value.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var burstReferences = await db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.ClientScin == client.Scin && s.Reference != sr.Reference && s.CreatedAt >= burstStart && s.OutboundCall != null)
            .Select(s => new { s.Reference, s.CreatedAt }).ToListAsync(ct);
        var inBurst = burstReferences.Where(s => UkClock.DateOf(s.CreatedAt) >= plan.BurstStartedOn).Select(s => s.Reference).ToList();
        var task = await db.TeamTasks.Where(t => t.Kind == Data.TeamTaskKind.OutboundCall && t.DoneAt == null
                && t.PartyReference == client.Scin && t.Reference != null && inBurst.Contains(t.Reference))
            .OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        var before = task is null ? null : $"Call due {Display.Date(task.DueOn)} for {task.Reference}";
        task ??= db.TeamTasks.Add(new Data.TeamTask
        {
            Kind = Data.TeamTaskKind.OutboundCall,
            TeamCode = sr.OwnerTeamCode,
            PartyReference = client.Scin,
            PartyName = client.Name,
            Reason = plan.Rule,
            CreatedAt = now,
            CreatedBy = actor.Label,
        }).Entity;
        task.Reference = sr.Reference;
        task.DueOn = plan.CallDueOn!.Value;
        task.Reason = plan.Rule.Length > 2000 ? plan.Rule[..2000] : plan.Rule;
        task.TeamCode = sr.OwnerTeamCode;
        task.StaffNumber = sr.OwnerKind == OwnerKind.Staff ? sr.OwnerStaffNumber : null;
        task.StaffName = sr.OwnerKind == OwnerKind.Staff ? sr.OwnerName : null;
        db.AuditEntries.Add(new Data.AuditEntry
        {
            Subject = sr.Reference,
            At = now,
            By = actor.Label,
            Action = before is null ? "Outbound call planned" : "Outbound call moved",
            Before = before,
            After = $"Call due {Display.Date(task.DueOn)} in the inbox of {sr.Owner} (CON-08)",
        });
    }

    private static string Id(int callId) => callId.ToString(CultureInfo.InvariantCulture);
}
