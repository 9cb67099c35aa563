using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.AccountManagers;
using Casework.Web.Features.Employers;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Inbox;

/// <param name="CalendarDaysLeft">Set when the deadline counts calendar days, not working days — a SAR (CAL-01, CON-05).</param>
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
    string? Href = null,
    string? Next = null,
    int? CalendarDaysLeft = null);

/// <summary>
/// Personal and team inboxes (SR-06, SR-11): open work with its age and target date, one page at a time with the
/// total, so nothing is silently cut off. A team leader's own inbox also holds their team's SRs waiting for approval
/// (EC-10), which stay owned by the caseworker. Open contact tasks (few, and about a person) come before the SRs.
/// </summary>
public sealed class InboxHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time, IWorkingDayCalendar calendar, TeamTaskInbox tasks)
{
    public async Task<PagedDto<InboxItemDto>> ListAsync(InboxQuery query, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var today = UkClock.Today(time);
        var contactWork = Sorted((await tasks.ListAsync(actor, query.Team, today, ct))
            .Where(t => (!query.Overdue || t.Breached) && (query.Status is null || query.Status == t.Status)), query.Sort).ToList();

        var open = Open(actor, query, today);
        var total = contactWork.Count + await open.CountAsync(ct);
        var skip = (query.Page - 1) * query.PageSize;
        var taskPage = contactWork.Skip(skip).Take(query.PageSize).ToList();
        var take = query.PageSize - taskPage.Count;
        var srPage = take == 0 ? [] : await PageAsync(open, query.Sort, Math.Max(0, skip - contactWork.Count), take, today, actor.IsTeamLeader, ct);
        return new PagedDto<InboxItemDto>([.. taskPage, .. srPage], total, query.Page, query.PageSize);
    }

    private IQueryable<ServiceRequest> Open(Actor actor, InboxQuery query, DateOnly today)
    {
        // Status <> 'Closed' matches the partial indexes' filter, so these queries use them. Only a member of staff's
        // ownership carries a staff number (a team queue's has none), so the owner index alone answers "mine": the
        // count is read from the index without visiting the table.
        var open = db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes().Where(s => s.Status != ServiceRequestStatus.Closed);
        var approvals = !query.Team && actor.IsTeamLeader;
        open = query.Team
            ? open.Where(s => s.OwnerTeamCode == actor.TeamCode)
            : approvals
                ? open.Where(s => s.OwnerStaffNumber == actor.StaffNumber
                    || (s.Status == ServiceRequestStatus.PendingApproval && s.OwnerTeamCode == actor.TeamCode))
                : open.Where(s => s.OwnerStaffNumber == actor.StaffNumber);
        if (query.Status is { } status)
        {
            open = open.Where(s => s.Status == status);
        }

        return query.Overdue ? open.Where(s => s.TargetDate < today) : open;
    }

    private async Task<IReadOnlyList<InboxItemDto>> PageAsync(
        IQueryable<ServiceRequest> open, InboxSort sort, int skip, int take, DateOnly today, bool teamLeader, CancellationToken ct)
    {
        // Age is creation order: the id rises with creation, and SQLite cannot order by a DateTimeOffset.
        var ordered = sort switch
        {
            InboxSort.Age => open.OrderBy(s => s.Id),
            InboxSort.Status => open.OrderBy(s => s.Status).ThenBy(s => s.TargetDate).ThenBy(s => s.Id),
            _ => open.OrderBy(s => s.TargetDate).ThenBy(s => s.Id),
        };
        var rows = await ordered.Skip(skip).Take(take)
            .Select(s => new
            {
                s.Reference, s.Process, s.Area, s.SubArea, s.EmployerErn, s.AgentEarn, s.Status, s.SubStatus,
                s.OwnerKind, s.OwnerStaffNumber, s.OwnerName, s.OwnerTeamCode, s.AssignmentLocked, s.CreatedAt, s.TargetDate, s.Workflow,
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var erns = rows.Where(r => r.EmployerErn != null).Select(r => r.EmployerErn!).Distinct().ToList();
        var employers = erns.Count == 0 ? [] : await db.Employers.AsNoTracking().Where(e => erns.Contains(e.Ern))
            .Select(e => new { e.Ern, e.Name, e.Region }).ToDictionaryAsync(e => e.Ern, ct);
        var earns = rows.Where(r => r.AgentEarn != null).Select(r => r.AgentEarn!).Distinct().ToList();
        var agents = earns.Count == 0 ? [] : await db.Agents.AsNoTracking().Where(a => earns.Contains(a.Earn))
            .ToDictionaryAsync(a => a.Earn, a => a.Name, ct);

        var complaintRefs = rows.Where(r => r.Workflow == ServiceRequest.EmployerComplaintWorkflow).Select(r => r.Reference).ToList();
        var decisions = complaintRefs.Count == 0 ? [] : await db.EmployerComplaints.AsNoTracking()
            .Where(c => complaintRefs.Contains(c.Reference))
            .Select(c => new { c.Reference, c.TlApproval, c.ApprovedRevision, c.RejectedRevision, c.Revision })
            .ToDictionaryAsync(c => c.Reference, c => c.TlApproval == TlApproval.Approved && c.ApprovedRevision == c.Revision
                ? TlApproval.Approved
                : c.TlApproval == TlApproval.Rejected && c.RejectedRevision == c.Revision ? TlApproval.Rejected : (TlApproval?)null, ct);

        return [.. rows.Select(r =>
        {
            var (item, next) = WorkItemOf(r.Reference, r.Status, r.Area, r.Workflow, decisions.GetValueOrDefault(r.Reference), teamLeader);
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
                r.TargetDate, left, r.TargetDate < today, item, Next: next);
        })];
    }

    private static IEnumerable<InboxItemDto> Sorted(IEnumerable<InboxItemDto> items, InboxSort sort) => sort switch
    {
        InboxSort.Age => items.OrderBy(i => i.CreatedAt),
        InboxSort.Status => items.OrderBy(i => i.Status.ToString(), StringComparer.Ordinal).ThenBy(i => i.TargetDate),
        _ => items.OrderBy(i => i.TargetDate),
    };

    /// <summary>
    /// What the inbox calls the item and where it is done. EC-10: the team leader's approval item opens the decision
    /// page; an account manager referral opens the referral. Issue 12: once the team leader has decided, the owner's item
    /// says what comes next until the plan moves on (closed, or revised).
    /// </summary>
    private static (string Item, string? Next) WorkItemOf(
        string reference, ServiceRequestStatus status, string area, string? workflow, TlApproval? decided, bool teamLeader) =>
        (status, workflow, decided) switch
        {
            (ServiceRequestStatus.PendingApproval, ServiceRequest.EmployerComplaintWorkflow, _) when !teamLeader =>
                ("Waiting for team leader approval", $"/EmployerComplaints/{reference}"),
            (ServiceRequestStatus.PendingApproval, ServiceRequest.EmployerComplaintWorkflow, _) =>
                ("Employer complaints non financial resolution plan approval", $"/EmployerComplaints/Approval/{reference}"),
            (ServiceRequestStatus.PendingApproval, _, _) when area == ReferralHandlers.Area && teamLeader =>
                ("Account manager referral: decide", $"/AccountManagers/Referrals/{reference}"),
            (ServiceRequestStatus.PendingApproval, _, _) => ($"{area} approval", null),
            (ServiceRequestStatus.InProgress, ServiceRequest.EmployerComplaintWorkflow, TlApproval.Approved) =>
                ("Plan approved — close the complaint", $"/EmployerComplaints/{reference}"),
            (ServiceRequestStatus.InProgress, ServiceRequest.EmployerComplaintWorkflow, TlApproval.Rejected) =>
                ("Plan rejected — revise it", $"/EmployerComplaints/{reference}#add-line"),
            (_, ServiceRequest.EmployerComplaintWorkflow, _) => ("Employer complaint", $"/EmployerComplaints/{reference}"),
            _ => ("Service request", null),
        };
}
