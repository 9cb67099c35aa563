using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Inbox;

/// <summary>
/// Open and taken team tasks as inbox items: a SAR in the subject access team's inbox (CON-05), a suicide-risk referral
/// in the team leader's own inbox (CON-06), a Welsh call-back in the Welsh language unit's (COR-05), a face-to-face,
/// interpretation or translation request in the recording team's (CON-07), a planned outbound call in the case
/// owner's (CON-08). A taken task is in its taker's own inbox (in progress) and stays in the team's; each row opens the
/// task page and says what to do there.
/// </summary>
public sealed class TeamTaskInbox(CaseworkDbContext db, IWorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<InboxItemDto>> ListAsync(Actor actor, bool team, DateOnly today, CancellationToken ct)
    {
        var live = db.TeamTasks.AsNoTracking().Where(t => t.Status != TeamTaskStatus.Done);
        // A referral to the team leader is for team leaders only; it is in their own inbox and the team's.
        // A task for one caseworker (a planned outbound call, CON-08) is in their own inbox and the team's until taken.
        live = team
            ? live.Where(t => t.TeamCode == actor.TeamCode && (!t.ForTeamLeader || actor.IsTeamLeader))
            : live.Where(t => t.TakenByStaffNumber == actor.StaffNumber
                || (t.Status == TeamTaskStatus.Open
                    && ((t.TeamCode == actor.TeamCode && t.ForTeamLeader && actor.IsTeamLeader) || t.StaffNumber == actor.StaffNumber)));
        var tasks = await live.OrderBy(t => t.DueOn).ThenBy(t => t.Id).ToListAsync(ct);
        return [.. tasks.Select(t => ToItem(t, actor, today))];
    }

    private InboxItemDto ToItem(TeamTask t, Actor actor, DateOnly today)
    {
        var left = t.DueOn >= today
            ? calendar.CountWorkingDays(today, t.DueOn, Region.EnglandAndWales)
            : -calendar.CountWorkingDays(t.DueOn, today, Region.EnglandAndWales);
        var kind = TeamTaskKinds.Of(t.Kind);
        var area = t.Kind switch
        {
            TeamTaskKind.SubjectAccessRequest => "Subject access",
            TeamTaskKind.RiskReferral => "Risk referral",
            TeamTaskKind.WelshCallBack => "Welsh call-back",
            TeamTaskKind.OutboundCall => "Outbound call",
            _ => "Contact arrangements",
        };
        var next = kind.DoneWithItsRecord ? $"/SubjectAccess/Request/{t.SubjectAccessReference}" : $"/TeamTasks/{t.Id}";
        var todo = kind.DoneWithItsRecord ? string.Empty
            : t.Status == TeamTaskStatus.Open ? " — take it"
            : t.IsTakenBy(actor) ? " — record the outcome"
            : $" — taken by {t.TakenBy}";
        var owner = t.Status == TeamTaskStatus.Taken
            ? new OwnerDto(OwnerKind.Staff, t.TakenByStaffNumber, t.TakenBy, t.TeamCode)
            : t.StaffNumber is null ? new OwnerDto(OwnerKind.Team, null, null, t.TeamCode) : new OwnerDto(OwnerKind.Staff, t.StaffNumber, t.StaffName, t.TeamCode);
        return new InboxItemDto(
            t.SubjectAccessReference ?? t.ServiceRequestReference ?? TeamTask.SubjectFor(t.Id), "Contact", area, Display.Words(t.Kind.ToString()), t.PartyName,
            t.Status == TeamTaskStatus.Taken ? ServiceRequestStatus.InProgress : ServiceRequestStatus.Open, t.Reason,
            owner, false, t.CreatedAt, today.DayNumber - UkClock.DateOf(t.CreatedAt).DayNumber, t.DueOn, left, t.DueOn < today,
            kind.Label + todo, next, next,
            CalendarDaysLeft: t.Kind == TeamTaskKind.SubjectAccessRequest ? t.DueOn.DayNumber - today.DayNumber : null);
    }
}
