using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-08: the team leader's list of open Resolution complaints near or past their deadlines, nearest first.</summary>
public static class ComplaintsAtRisk
{
    public static async Task<IReadOnlyList<AtRiskDto>> RunAsync(ComplaintWork work, int withinDays, CancellationToken ct)
    {
        var db = work.Db;
        var open = await db.EmployerComplaints.AsNoTracking()
            .Where(c => c.Stage == ComplaintStage.Resolution && c.ClosedAt == null)
            .Join(db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes(), c => c.Reference, s => s.Reference, (c, s) => new { c, s })
            .Where(x => x.s.Status != ServiceRequestStatus.Closed)
            .ToListAsync(ct);
        var erns = open.Select(x => x.c.EmployerErn).Distinct().ToList();
        var names = await db.Employers.AsNoTracking().Where(e => erns.Contains(e.Ern)).ToDictionaryAsync(e => e.Ern, e => e.Name, ct);
        var today = UkClock.Today(work.Time);
        return open
            .Select(x => new { x.c, x.s, left = x.c.DaysLeft(today, work.Calendar), ackLate = x.c.AcknowledgedOn is null && today > x.c.AcknowledgeBy })
            .Where(x => x.left <= withinDays || x.ackLate || x.c.CloseBreached || x.c.AcknowledgementBreached)
            .OrderBy(x => x.left).ThenBy(x => x.c.Reference, StringComparer.Ordinal)
            .Select(x => new AtRiskDto(
                x.c.Reference, x.c.EmployerErn, names.GetValueOrDefault(x.c.EmployerErn), x.s.Status, x.s.SubStatus, ComplaintView.OwnerOf(x.s),
                x.c.CloseBy, x.left, x.c.AcknowledgementBreached || x.ackLate, x.c.CloseBreached || x.left < 0,
                x.left < 0 ? "Past the close-by date" : x.ackLate ? "Not acknowledged in time" : $"{x.left} working days left"))
            .ToList();
    }
}
