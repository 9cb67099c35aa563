using System.Globalization;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>
/// SR-09: a service request for a paying or receiving parent, raised by them or by their representative, routed to
/// the owner of the client's case (SEC-08's owner rule). On a call it is raised only once that call's security check
/// passed for this client or for a representative acting for them (SEC-06). A change of circumstances decides its
/// outbound call by itself and plans it in the case owner's inbox (CON-08).
/// </summary>
public static class RaiseForClient
{
    public static async Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, RaiseServiceRequestRequest r, ServiceRequestType type, CancellationToken ct)
    {
        var scin = r.ClientScin!.Trim();
        var client = await work.Db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return InvalidInput.For("clientScin", $"No client has SCIN {scin}.");
        }

        var raisedBy = Validation.ParseEnum<RaisedBy>(r.RaisedBy!);
        var trn = string.IsNullOrWhiteSpace(r.RepresentativeTrn) ? null : r.RepresentativeTrn.Trim();
        if (r.CallId is { } callId)
        {
            var onCall = await ClientCaller.CheckAsync(work, callId, scin, trn, ct);
            if (!onCall.IsSuccess)
            {
                return onCall.Refusal!;
            }

            // A representative's call raises for the client they act for, recorded as raised by the representative.
            (raisedBy, trn) = onCall.Value is { } representative ? (RaisedBy.Representative, representative) : (raisedBy, trn);
            if (onCall.Value is null && raisedBy == RaisedBy.Representative)
            {
                return new RuleBroken($"SEC-06: call {ClientCaller.Id(callId)} checked the client themselves, so the SR is raised by the client, not a representative.");
            }
        }
        else if (raisedBy == RaisedBy.Representative && trn is not null && await ClientCaller.RepresentativeRefusalAsync(work, trn, scin, ct) is { } notActing)
        {
            return notActing;
        }

        var actor = await work.Actors.RequireAsync(ct);
        var now = work.Time.GetUtcNow();
        var today = UkClock.DateOf(now);
        var owner = await ClientCase.OwnerAsync(work, scin, r.CaseNumber, type, ct);
        if (!owner.IsSuccess)
        {
            return owner.Refusal!;
        }

        var target = new Deadline(
            work.Calendar.AddWorkingDays(today, type.TargetWorkingDays, client.Region),
            $"{type.TargetWorkingDays} working days from {Display.Date(today)} ({Display.Region(client.Region)} bank holidays)");
        var change = type.ChangeOfCircumstances is null ? null : await ClientCase.ChangeContextAsync(work, client, today, r.ClientAskedForCall ?? false, ct);
        await using var transaction = await work.Db.Database.BeginTransactionAsync(ct);
        var raised = await work.References.WithNextServiceRequestReferenceAsync(
            reference => ServiceRequest.Raise(
                new RaiseServiceRequest(
                    reference, type, PartyKind.Client, null, null, raisedBy, Validation.ParseEnum<Channel>(r.Channel!), owner.Value!, target, client.Region,
                    new ClientParty(scin, raisedBy == RaisedBy.Representative ? trn : null, change)),
                actor,
                now),
            ct);
        if (!raised.IsSuccess)
        {
            return raised.Refusal!;
        }

        var sr = raised.Value!;
        work.Db.ServiceRequests.Add(sr);
        await work.Db.SaveChangesAsync(ct);
        if (r.CallId is { } call)
        {
            RaisedOnCall.Link(work, sr, call, actor, now);
        }

        if (sr.OutboundCall is { Required: true } plan)
        {
            await PlanOutboundCall.RunAsync(work, sr, client, plan, actor, now, ct);
        }

        await work.Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        work.Metrics.ServiceRequestRaised(sr);
        return await work.View.ToDtoAsync(sr, actor, ct);
    }
}
