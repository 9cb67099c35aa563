using Casework.Domain.Common;
using Casework.Web.Features.ServiceRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Reports;

/// <summary>The Reports menu with this month's headline figures (issue 15), each linking into the report it comes from.</summary>
public sealed class IndexModel(ComplaintReports complaints, WorkInProgressReport wip, TimeProvider time) : PageModel
{
    public IReadOnlyList<(string Figure, int Value, string Href)> Headlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = UkClock.Today(time);
        var month = new ReportFilter(new DateOnly(today.Year, today.Month, 1), today, null, null);
        var everything = new ReportFilter(today.AddYears(-10), today, null, null);
        var work = await wip.RunAsync(everything, ct);
        var timeliness = await complaints.TimelinessAsync(month, ct);
        var monthQuery = $"FromDay=1&FromMonth={today.Month}&FromYear={today.Year}&ToDay={today.Day}&ToMonth={today.Month}&ToYear={today.Year}";
        Headlines =
        [
            ("Open work", work.Teams.Sum(t => t.Open), "/Reports/work-in-progress"),
            ("Overdue", work.Teams.Sum(t => t.Overdue), "/Reports/work-in-progress"),
            ("Complaints acknowledged on time this month", timeliness.Rows.Sum(r => r.AcknowledgedInTime), $"/Reports/timeliness?{monthQuery}"),
            ("Complaints closed on time this month", timeliness.Rows.Sum(r => r.ClosedInTime), $"/Reports/timeliness?{monthQuery}"),
        ];
    }
}
