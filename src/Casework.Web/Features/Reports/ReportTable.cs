using System.Globalization;
using Casework.Web.Features.ServiceRequests;

namespace Casework.Web.Features.Reports;

/// <summary>A table cell; a figure links to the SRs it counts (RPT-05 drill-down) when it is not zero.</summary>
public sealed record ReportCell(string Text, ServiceRequestFilter? DrillDown = null)
{
    public string? Href => DrillDown is null ? null : "/ServiceRequests?" + DrillDown.ToQuery();

    public static implicit operator ReportCell(string text) => new(text);
}

/// <summary>RPT-05: a report as the page shows it — a title, the table's columns and rows, the chart, and what each figure means.</summary>
public sealed record ReportTable(
    string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows,
    IReadOnlyList<(string Figure, string Definition)> Definitions, ReportChart Chart)
{
    public static readonly IReadOnlyList<(string Name, string Title)> All =
    [
        ("complaint-trends", "Complaint trends"),
        ("timeliness", "Timeliness"),
        ("outcomes", "Outcomes"),
        ("work-in-progress", "Work in progress"),
    ];

    /// <summary>How many leading columns say what a row is (month and category; team and month).</summary>
    public int KeyColumns { get; init; } = 1;

    /// <summary>RPT-01's repeat complaints, shown under the trends table.</summary>
    public IReadOnlyList<RepeatComplaintDto> RepeatComplaints { get; init; } = [];

    private static ReportCell N(int n, ServiceRequestFilter drillDown) =>
        new(n.ToString(CultureInfo.InvariantCulture), n == 0 ? null : drillDown);

    /// <summary>The complaints a complaint report counts: received in the dates, the team's, the region's.</summary>
    private static ServiceRequestFilter Complaints(ReportFilter f) =>
        ServiceRequestFilter.None with { Team = f.Team, ComplaintRegion = f.Region, ReceivedFrom = f.From, ReceivedTo = f.To };

    /// <summary>A month row covers the days of that month inside the filter's dates.</summary>
    private static ServiceRequestFilter InMonth(ServiceRequestFilter complaints, ReportFilter f, string month)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = first.AddMonths(1).AddDays(-1);
        return complaints with { ReceivedFrom = first > f.From ? first : f.From, ReceivedTo = last < f.To ? last : f.To };
    }

    public static ReportTable Of(ComplaintTrendsDto r, ReportFilter f) => new("complaint-trends", "Complaint trends",
        ["Month of receipt", "Issue category", "Complaints"],
        [.. r.Rows.Select(x => (IReadOnlyList<ReportCell>)[x.Month, x.IssueCategory, N(x.Count, InMonth(Complaints(f), f, x.Month) with { Category = x.IssueCategory })])],
        [("Complaints", "Employer complaints received in that month in that issue category (EC-16); complaints logged without a category are counted as Uncategorised."),
         ("Repeat complaints", "Two or more complaints from one employer in one category received within six months of each other, both in the dates.")],
        ReportChart.Of(r))
    {
        RepeatComplaints = r.RepeatComplaints,
        KeyColumns = 2,
    };

    public static ReportTable Of(TimelinessDto r, ReportFilter f)
    {
        ReportCell Cell(TimelinessRowDto x, int n, ComplaintMeasure? measure) =>
            N(n, InMonth(Complaints(f), f, x.Month) with { Team = x.Team, Measure = measure });
        return new("timeliness", "Timeliness",
            ["Team", "Month of receipt", "Logged", "Acknowledged", "Acknowledged in time", "Closed", "Closed in time", "Breached"],
            [.. r.Rows.Select(x => (IReadOnlyList<ReportCell>)[x.Team, x.Month, Cell(x, x.Logged, null), Cell(x, x.Acknowledged, ComplaintMeasure.Acknowledged),
                Cell(x, x.AcknowledgedInTime, ComplaintMeasure.AcknowledgedInTime), Cell(x, x.Closed, ComplaintMeasure.Closed),
                Cell(x, x.ClosedInTime, ComplaintMeasure.ClosedInTime), Cell(x, x.Breached, ComplaintMeasure.Breached)])],
            [("Logged", "Employer complaints received in the month, by the team that owns them now."),
             ("Acknowledged", "Accepted as valid, when the acknowledgement letter CMSL8500 is sent."),
             ("Acknowledged in time", "Acknowledged on or before the acknowledge-by date computed at logging: 2 working days after receipt in the employer's nation."),
             ("Closed", "Closed, resolved or as invalid."),
             ("Closed in time", "Closed on or before the close-by date computed at logging, never flagged past it: 20 working days after receipt in the employer's nation, 19 after a team leader approved a revised plan."),
             ("Breached", "The acknowledgement or the close-by deadline was breached.")],
            ReportChart.Of(r))
        {
            KeyColumns = 2,
        };
    }

    public static ReportTable Of(OutcomesDto r, ReportFilter f)
    {
        static string Money(decimal m) => m.ToString("0.00", CultureInfo.InvariantCulture);
        var complaints = Complaints(f);
        return new("outcomes", "Outcomes",
            ["Measure", "Value"],
            [.. r.Outcomes.Select(o => (IReadOnlyList<ReportCell>)[Display.Words(o.Key), N(o.Value, complaints with { Outcome = Enum.Parse<Domain.ComplaintOutcomes.ComplaintOutcome>(o.Key) })]),
             ["Refund total (£)", new(Money(r.RefundTotal), r.RefundTotal == 0 ? null : complaints with { Measure = ComplaintMeasure.Refund })],
             ["Redress total (£)", new(Money(r.RedressTotal), r.RedressTotal == 0 ? null : complaints with { Measure = ComplaintMeasure.Redress })]],
            [("Outcome", "The complaint's outcome derived from its issue lines once every line is final (OUT-03): withdrawn lines are set aside; any escalated line makes it Escalated; all upheld is Upheld, none upheld Not upheld, some Partially upheld. Complaints not yet final are not counted."),
             ("Refund and redress totals", "The amounts on resolution plan lines marked done, for complaints received in the dates; the link lists the complaints with such a line.")],
            ReportChart.Of(r));
    }

    public static ReportTable Of(WorkInProgressDto r, ReportFilter f)
    {
        ServiceRequestFilter Open(string team) =>
            ServiceRequestFilter.None with { Team = team, Open = true, Region = f.Region, CreatedFrom = f.From, CreatedTo = f.To };
        return new("work-in-progress", "Work in progress",
            ["Team", "Open", "Overdue", .. WorkInProgressReport.Bands.Select(b => $"Age {b} working days")],
            [.. r.Teams.Select(t => (IReadOnlyList<ReportCell>)[t.Team, N(t.Open, Open(t.Team)), N(t.Overdue, Open(t.Team) with { Overdue = true }),
                .. WorkInProgressReport.Bands.Select(b => N(t.Ageing[b], Open(t.Team) with { Age = b }))])],
            [("Open", "Service requests created in the dates and not closed, by the team that owns them."),
             ("Overdue", "Open with a target date before today."),
             ("Age", "Working days from the day the SR was created to today, in the nation its target date was counted in when it was raised: the employer's, the client's, or England and Wales.")],
            ReportChart.Of(r));
    }
}
