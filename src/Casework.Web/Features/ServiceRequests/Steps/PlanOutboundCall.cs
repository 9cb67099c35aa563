using System.Globalization;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.ServiceRequests;
using Casework.Domain.TeamTasks;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

public static class PlanOutboundCall
{
    /// <summary>
    /// CON-08 / CON-03: one open outbound-call task per burst of changes. A change joining a burst moves the burst's task
    /// to the new due date and to this SR; otherwise a new task goes to the case owner (their inbox, or the team's).
    /// </summary>
    public static async Task RunAsync(ServiceRequestWork work, ServiceRequest sr, Client client, OutboundCallPlan plan, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var burstStart = new DateTimeOffset(plan.BurstStartedOn!.Value.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var burstReferences = await work.Db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.ClientScin == client.Scin && s.Reference != sr.Reference && s.CreatedAt >= burstStart && s.OutboundCall != null)
            .Select(s => new { s.Reference, s.CreatedAt }).ToListAsync(ct);
        var inBurst = burstReferences.Where(s => UkClock.DateOf(s.CreatedAt) >= plan.BurstStartedOn).Select(s => s.Reference).ToList();
        var task = await work.Db.TeamTasks.Where(t => t.Kind == TeamTaskKind.OutboundCall && t.Status != TeamTaskStatus.Done
                && t.PartyReference == client.Scin && t.ServiceRequestReference != null && inBurst.Contains(t.ServiceRequestReference))
            .OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        var before = task is null ? null : $"Call due {Display.Date(task.DueOn)} for {task.ServiceRequestReference}";
        var staffNumber = sr.OwnerKind == OwnerKind.Staff ? sr.OwnerStaffNumber : null;
        var staffName = sr.OwnerKind == OwnerKind.Staff ? sr.OwnerName : null;
        if (task is null)
        {
            task = TeamTask.Create(
                new(TeamTaskKind.OutboundCall, sr.OwnerTeamCode, client.Scin, client.Name, plan.Rule, plan.CallDueOn!.Value)
                {
                    ServiceRequestReference = sr.Reference,
                    StaffNumber = staffNumber,
                    StaffName = staffName,
                },
                actor.Label, now);
            work.Db.TeamTasks.Add(task);
        }
        else
        {
            task.Replan(sr.Reference, plan.CallDueOn!.Value, plan.Rule, sr.OwnerTeamCode, staffNumber, staffName, actor.Label, now);
        }

        work.Db.AuditEntries.Add(new Data.AuditEntry
        {
            Subject = sr.Reference,
            At = now,
            By = actor.Label,
            Action = before is null ? "Outbound call planned" : "Outbound call moved",
            Before = before,
            After = $"Call due {Display.Date(task.DueOn)} in the inbox of {sr.Owner} (CON-08)",
        });
    }
}
