using System.Globalization;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Reports;

/// <summary>A headline figure: what it is, its value, where it leads and what it counts.</summary>
public sealed record Headline(string Figure, int Value, string Href, string Definition);

/// <summary>
/// Issue 15: the team leader's headline figures (all teams) — open work, overdue, at risk this week, and complaints
/// acknowledged and closed on time this month — each linking into the report (or list) it comes from.
/// </summary>
public sealed class ReportHeadlines(ComplaintReports complaints, WorkInProgressReport wip, ServiceRequestList list, TimeProvider time)
{
    public async Task<IReadOnlyList<Headline>> ReadAsync(CancellationToken ct)
    {
        var today = UkClock.Today(time);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var everything = new ReportFilter(today.AddYears(-10), today, null, null);
        var work = await wip.RunAsync(everything, ct);
        var timeliness = await complaints.TimelinessAsync(new ReportFilter(monthStart, today, null, null), ct);
        var atRisk = await list.Query(ServiceRequestFilter.None with { AtRisk = true }).CountAsync(ct);
        var logged = timeliness.Rows.Sum(r => r.Logged);
        return
        [
            new("Open work", work.Teams.Sum(t => t.Open), $"/Reports/work-in-progress?{PageQuery(everything.From, today)}",
                "Service requests not closed, created in the last ten years, all teams."),
            new("Overdue", work.Teams.Sum(t => t.Overdue), $"/Reports/work-in-progress?{PageQuery(everything.From, today)}",
                "Open service requests with a target date before today."),
            new("At risk this week", atRisk, "/ServiceRequests?atRisk=true",
                $"Open service requests whose target date falls within the next {ServiceRequestFilter.AtRiskWorkingDays} working days (today included), in the nation its target was counted in."),
            new("Complaints acknowledged on time this month", timeliness.Rows.Sum(r => r.AcknowledgedInTime), $"/Reports/timeliness?{PageQuery(monthStart, today)}",
                $"Of the {N(logged)} employer complaints received since {Display.Date(monthStart)}: acknowledged within 2 working days of receipt."),
            new("Complaints closed on time this month", timeliness.Rows.Sum(r => r.ClosedInTime), $"/Reports/timeliness?{PageQuery(monthStart, today)}",
                $"Of the {N(logged)} employer complaints received since {Display.Date(monthStart)}: closed within 20 working days (19 after an approved revised plan)."),
        ];
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The report page's date fields for a range, so the report opens on the same dates as the figure.</summary>
    private static string PageQuery(DateOnly from, DateOnly to) => string.Create(CultureInfo.InvariantCulture,
        $"FromDay={from.Day}&FromMonth={from.Month}&FromYear={from.Year}&ToDay={to.Day}&ToMonth={to.Month}&ToYear={to.Year}");
}
