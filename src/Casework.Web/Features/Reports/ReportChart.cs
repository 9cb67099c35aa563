namespace Casework.Web.Features.Reports;

/// <summary>One series of bars: a name and one value per label.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// RPT-05: the chart over a report, built from the same DTO as its table and written into the page as JSON; the page's
/// script draws it with Chart.js when JavaScript runs, and the table carries the figures when it does not.
/// </summary>
public sealed record ReportChart(string Title, bool Stacked, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    public static ReportChart Of(ComplaintTrendsDto r)
    {
        var months = r.Rows.Select(x => x.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        var categories = r.Rows.Select(x => x.IssueCategory).Distinct().Order(StringComparer.Ordinal).ToList();
        return new("Complaints received per month, by issue category", true, months,
            [.. categories.Select(c => new ChartSeries(c, [.. months.Select(m => (decimal)r.Rows.Where(x => x.Month == m && x.IssueCategory == c).Sum(x => x.Count))]))]);
    }

    public static ReportChart Of(TimelinessDto r) => new("Complaints per team and month of receipt", false,
        [.. r.Rows.Select(x => $"{x.Team} {x.Month}")],
        [
            new("Logged", [.. r.Rows.Select(x => (decimal)x.Logged)]),
            new("Acknowledged in time", [.. r.Rows.Select(x => (decimal)x.AcknowledgedInTime)]),
            new("Closed in time", [.. r.Rows.Select(x => (decimal)x.ClosedInTime)]),
            new("Breached", [.. r.Rows.Select(x => (decimal)x.Breached)]),
        ]);

    public static ReportChart Of(OutcomesDto r) => new("Complaints by derived outcome (the money totals are in the table)", false,
        [.. r.Outcomes.Keys.Select(Display.Words)],
        [new("Complaints", [.. r.Outcomes.Values.Select(v => (decimal)v)])]);

    public static ReportChart Of(WorkInProgressDto r) => new("Open service requests per team, by age in working days", true,
        [.. r.Teams.Select(t => t.Team)],
        [.. WorkInProgressReport.Bands.Select(b => new ChartSeries($"{b} working days", [.. r.Teams.Select(t => (decimal)t.Ageing[b])]))]);
}
