using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>SR-01…SR-03: an SR raised for an employer or agent from the catalogue, routed to its owner, with its target date (a client's goes to <see cref="RaiseForClient"/>).</summary>
public static class Raise
{
    public static async Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, RaiseServiceRequestRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("process", r.Process, "Choose the process.")
            .Required("area", r.Area, "Choose the area.")
            .Required("subArea", r.SubArea, "Choose the sub area.")
            .Enum<RaisedBy>("raisedBy", r.RaisedBy, required: true, "Say who raised it")
            .Enum<Channel>("channel", r.Channel, required: true, "Choose the channel")
            .Check(new[] { r.EmployerErn, r.AgentEarn, r.ClientScin }.Count(p => !string.IsNullOrWhiteSpace(p)) == 1,
                string.IsNullOrWhiteSpace(r.ClientScin) ? "employerErn" : "clientScin",
                "Give one of the employer's ERN, the agent's EARN or the client's SCIN.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var types = await work.Db.ServiceRequestTypes.AsNoTracking().ToListAsync(ct);
        var type = types.FirstOrDefault(t => t.Matches(r.Process!.Trim(), r.Area!.Trim(), r.SubArea!.Trim()));
        if (type is null)
        {
            return InvalidInput.For("subArea", $"{r.Process} / {r.Area} / {r.SubArea} is not in the service request catalogue.");
        }

        if (!string.IsNullOrWhiteSpace(r.ClientScin))
        {
            return await RaiseForClient.RunAsync(work, r, type, ct);
        }

        Employer? employer = null;
        Agent? agent = null;
        if (!string.IsNullOrWhiteSpace(r.EmployerErn))
        {
            employer = await work.Db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Ern == r.EmployerErn, ct);
            if (employer is null)
            {
                return InvalidInput.For("employerErn", $"No employer has ERN {r.EmployerErn}.");
            }
        }
        else
        {
            agent = await work.Db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Earn == r.AgentEarn, ct);
            if (agent is null)
            {
                return InvalidInput.For("agentEarn", $"No agent has EARN {r.AgentEarn}.");
            }
        }

        if (r.CallId is { } callId && await RaisedOnCall.RefusalAsync(work, callId, employer?.Ern, agent, ct) is { } notOnThisCall)
        {
            return notOnThisCall;
        }

        var actor = await work.Actors.RequireAsync(ct);
        var now = work.Time.GetUtcNow();
        var region = employer?.Region ?? Region.EnglandAndWales;
        var today = UkClock.DateOf(now);
        var target = new Deadline(
            work.Calendar.AddWorkingDays(today, type.TargetWorkingDays, region),
            $"{type.TargetWorkingDays} working days from {Display.Date(today)} ({Display.Region(region)} bank holidays)");
        // The reference is taken only once the raise is accepted, so a refused raise leaves no gap in the numbers.
        await using var transaction = await work.Db.Database.BeginTransactionAsync(ct);
        var owner = await work.Routing.OwnerForAsync(type, employer, actor, ct);
        var raised = await work.References.WithNextServiceRequestReferenceAsync(
            reference => ServiceRequest.Raise(
                new RaiseServiceRequest(
                    reference,
                    type,
                    employer is not null ? PartyKind.Employer : PartyKind.Agent,
                    employer?.Ern,
                    agent?.Earn,
                    Validation.ParseEnum<RaisedBy>(r.RaisedBy!),
                    Validation.ParseEnum<Channel>(r.Channel!),
                    owner,
                    target,
                    region),
                actor,
                now),
            ct);
        if (!raised.IsSuccess)
        {
            return raised.Refusal!;
        }

        work.Db.ServiceRequests.Add(raised.Value!);
        await work.Db.SaveChangesAsync(ct);
        if (r.CallId is { } call)
        {
            // A second save in the same transaction, so the trail reads "raised", then "raised on a call".
            RaisedOnCall.Link(work, raised.Value!, call, actor, now);
            await work.Db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        work.Metrics.ServiceRequestRaised(raised.Value!);
        return await work.View.ToDtoAsync(raised.Value!, actor, ct);
    }
}
