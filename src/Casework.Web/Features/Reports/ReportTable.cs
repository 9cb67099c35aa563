using System.Globalization;

namespace Casework.Web.Features.Reports;

/// <summary>RPT-05: a report as the page shows it — a title, the table's columns and rows, and what each figure means.</summary>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<(string Figure, string Definition)> Definitions)
{
    public static readonly IReadOnlyList<(string Name, string Title)> All =
    [
        ("complaint-trends", "Complaint trends"),
        ("timeliness", "Timeliness"),
        ("outcomes", "Outcomes"),
        ("work-in-progress", "Work in progress"),
    ];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static ReportTable Of(ComplaintTrendsDto r) => new("complaint-trends", "Complaint trends",
        ["Month of receipt", "Issue category", "Complaints"],
        [.. r.Rows.Select(x => (IReadOnlyList<string>)[x.Month, x.IssueCategory, N(x.Count)])],
        [("Complaints", "Employer complaints received in that month in that issue category (EC-16); complaints logged without a category are counted as Uncategorised."),
         ("Repeat complaints", "Two or more complaints from one employer in one category received within six months of each other.")]);

    public static ReportTable Of(TimelinessDto r) => new("timeliness", "Timeliness",
        ["Team", "Month of receipt", "Logged", "Acknowledged", "Acknowledged in time", "Closed", "Closed in time", "Breached"],
        [.. r.Rows.Select(x => (IReadOnlyList<string>)[x.Team, x.Month, N(x.Logged), N(x.Acknowledged), N(x.AcknowledgedInTime), N(x.Closed), N(x.ClosedInTime), N(x.Breached)])],
        [("Logged", "Employer complaints received in the month, by the team that owns them now."),
         ("Acknowledged", "Accepted as valid, when the acknowledgement letter CMSL8500 is sent."),
         ("Acknowledged in time", "Acknowledged on or before the acknowledge-by date computed at logging: 2 working days after receipt in the employer's nation."),
         ("Closed", "Closed, resolved or as invalid."),
         ("Closed in time", "Closed and never past the close-by date computed at logging: 20 working days after receipt in the employer's nation, 19 once a team leader approved the plan."),
         ("Breached", "The acknowledgement or the close-by deadline was breached.")]);

    public static ReportTable Of(OutcomesDto r) => new("outcomes", "Outcomes",
        ["Measure", "Value"],
        [.. r.Outcomes.Select(o => (IReadOnlyList<string>)[o.Key, N(o.Value)]),
         ["Refund total (£)", r.RefundTotal.ToString("0.00", CultureInfo.InvariantCulture)],
         ["Redress total (£)", r.RedressTotal.ToString("0.00", CultureInfo.InvariantCulture)]],
        [("Outcome", "The complaint's outcome derived from its issue lines once every line is final (OUT-03); complaints not yet final are not counted."),
         ("Refund and redress totals", "The amounts on resolution plan lines marked done, for complaints received in the dates.")]);

    public static ReportTable Of(WorkInProgressDto r) => new("work-in-progress", "Work in progress",
        ["Team", "Open", "Overdue", .. WorkInProgressReport.Bands.Select(b => $"Age {b} working days")],
        [.. r.Teams.Select(t => (IReadOnlyList<string>)[t.Team, N(t.Open), N(t.Overdue), .. WorkInProgressReport.Bands.Select(b => N(t.Ageing[b]))])],
        [("Open", "Service requests created in the dates and not closed, by the team that owns them."),
         ("Overdue", "Open with a target date before today."),
         ("Age", "Working days from the day the SR was created to today, in the employer's nation (England and Wales when there is no employer).")]);
}
