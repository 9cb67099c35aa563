using Casework.Domain.Calendar;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Inbox;

public sealed record InboxItemDto(
    string Reference,
    string Process,
    string Area,
    string SubArea,
    string? PartyName,
    ServiceRequestStatus Status,
    string SubStatus,
    OwnerDto Owner,
    bool AssignmentLocked,
    DateTimeOffset CreatedAt,
    int AgeDays,
    DateOnly TargetDate,
    int WorkingDaysLeft,
    bool Breached,
    string WorkItem,
    string? Href = null);

/// <summary>
/// Personal and team inboxes (SR-06): open work with its age and target date, nearest target first. A team leader's
/// own inbox also holds their team's SRs waiting for approval (EC-10), which stay owned by the caseworker.
/// </summary>
public sealed class InboxHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time, IWorkingDayCalendar calendar, TeamTaskInbox tasks)
{
    public async Task<IReadOnlyList<InboxItemDto>> ListAsync(bool team, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var open = db.ServiceRequests.AsNoTracking().Where(s => s.Status != ServiceRequestStatus.Closed);
        var approvals = !team && actor.IsTeamLeader;
        open = team
            ? open.Where(s => s.OwnerTeamCode == actor.TeamCode)
            : open.Where(s => (s.OwnerKind == OwnerKind.Staff && s.OwnerStaffNumber == actor.StaffNumber)
                || (approvals && s.Status == ServiceRequestStatus.PendingApproval && s.OwnerTeamCode == actor.TeamCode));
        var rows = await open.OrderBy(s => s.TargetDate).ThenBy(s => s.Id).Take(500)
            .Select(s => new
            {
                s.Reference, s.Process, s.Area, s.SubArea, s.EmployerErn, s.AgentEarn, s.Status, s.SubStatus,
                s.OwnerKind, s.OwnerStaffNumber, s.OwnerName, s.OwnerTeamCode, s.AssignmentLocked, s.CreatedAt, s.TargetDate, s.Workflow,
            })
            .ToListAsync(ct);

        var erns = rows.Where(r => r.EmployerErn != null).Select(r => r.EmployerErn!).Distinct().ToList();
        var employers = await db.Employers.AsNoTracking().Where(e => erns.Contains(e.Ern))
            .Select(e => new { e.Ern, e.Name, e.Region }).ToDictionaryAsync(e => e.Ern, ct);
        var earns = rows.Where(r => r.AgentEarn != null).Select(r => r.AgentEarn!).Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(a => earns.Contains(a.Earn))
            .ToDictionaryAsync(a => a.Earn, a => a.Name, ct);

        var today = UkClock.Today(time);
        var contactWork = await tasks.ListAsync(actor, team, today, ct);
        return [.. contactWork, .. rows.Select(r =>
        {
            var employer = r.EmployerErn is null ? null : employers.GetValueOrDefault(r.EmployerErn);
            var region = employer?.Region ?? Region.EnglandAndWales;
            var left = r.TargetDate >= today
                ? calendar.CountWorkingDays(today, r.TargetDate, region)
                : -calendar.CountWorkingDays(r.TargetDate, today, region);
            return new InboxItemDto(
                r.Reference, r.Process, r.Area, r.SubArea,
                employer?.Name ?? (r.AgentEarn is null ? null : agents.GetValueOrDefault(r.AgentEarn)),
                r.Status, r.SubStatus,
                new OwnerDto(r.OwnerKind, r.OwnerStaffNumber, r.OwnerName, r.OwnerTeamCode),
                r.AssignmentLocked, r.CreatedAt, today.DayNumber - UkClock.DateOf(r.CreatedAt).DayNumber,
                r.TargetDate, left, r.TargetDate < today, WorkItemOf(r.Status, r.Area, r.Workflow));
        })];
    }

    /// <summary>What the inbox calls the item; EC-10 names the team leader's complaint approval item.</summary>
    private static string WorkItemOf(ServiceRequestStatus status, string area, string? workflow) => status switch
    {
        ServiceRequestStatus.PendingApproval when workflow == ServiceRequest.EmployerComplaintWorkflow =>
            "Employer complaints non financial resolution plan approval",
        ServiceRequestStatus.PendingApproval => $"{area} approval",
        _ => "Service request",
    };
}
