using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Inbox;

/// <summary>
/// Open contact tasks as inbox items: a SAR in the subject access team's inbox (CON-05), a suicide-risk referral in
/// the team leader's own inbox (CON-06), a Welsh call-back in the Welsh language unit's (COR-05),
/// a face-to-face, interpretation or translation request in the recording team's (CON-07), a planned outbound call
/// in the case owner's (CON-08).
/// </summary>
public sealed class TeamTaskInbox(CaseworkDbContext db, IWorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<InboxItemDto>> ListAsync(Actor actor, bool team, DateOnly today, CancellationToken ct)
    {
        var open = db.TeamTasks.AsNoTracking().Where(t => t.DoneAt == null);
        // A referral to the team leader is for team leaders only; it is in their own inbox and the team's.
        // A task for one caseworker (a planned outbound call, CON-08) is in their own inbox and the team's.
        open = team
            ? open.Where(t => t.TeamCode == actor.TeamCode && (!t.ForTeamLeader || actor.IsTeamLeader))
            : open.Where(t => (t.TeamCode == actor.TeamCode && t.ForTeamLeader && actor.IsTeamLeader) || t.StaffNumber == actor.StaffNumber);
        var tasks = await open.OrderBy(t => t.DueOn).ThenBy(t => t.Id).ToListAsync(ct);
        var parties = tasks.Select(t => t.PartyReference).Distinct().ToList();
        var clients = (await db.Clients.AsNoTracking().Where(c => parties.Contains(c.Scin)).Select(c => c.Scin).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return [.. tasks.Select(t => ToItem(t, today, clients.Contains(t.PartyReference) ? $"/Clients/{t.PartyReference}" : $"/Employers/{t.PartyReference}"))];
    }

    private InboxItemDto ToItem(TeamTask t, DateOnly today, string partyPage)
    {
        var left = t.DueOn >= today
            ? calendar.CountWorkingDays(today, t.DueOn, Region.EnglandAndWales)
            : -calendar.CountWorkingDays(t.DueOn, today, Region.EnglandAndWales);
        var (area, item, href) = t.Kind switch
        {
            TeamTaskKind.SubjectAccessRequest => ("Subject access", "Subject access request", $"/SubjectAccess/Request/{t.Reference}"),
            TeamTaskKind.RiskReferral => ("Risk referral", "Threat of suicide: refer now", partyPage),
            TeamTaskKind.ContactArrangement => ("Contact arrangements", "Face-to-face, interpretation or translation", partyPage),
            TeamTaskKind.OutboundCall => ("Outbound call", "Planned outbound call", $"/ServiceRequests/{t.Reference}"),
            _ => ("Welsh call-back", "Call back in Welsh", partyPage),
        };
        return new InboxItemDto(
            t.Reference ?? $"TASK-{t.Id}", "Contact", area, t.Kind.ToString(), t.PartyName, ServiceRequestStatus.Open, t.Reason,
            t.StaffNumber is null ? new OwnerDto(OwnerKind.Team, null, null, t.TeamCode) : new OwnerDto(OwnerKind.Staff, t.StaffNumber, t.StaffName, t.TeamCode),
            false, t.CreatedAt,
            today.DayNumber - UkClock.DateOf(t.CreatedAt).DayNumber, t.DueOn, left, t.DueOn < today, item, href,
            CalendarDaysLeft: t.Kind == TeamTaskKind.SubjectAccessRequest ? t.DueOn.DayNumber - today.DayNumber : null);
    }
}
