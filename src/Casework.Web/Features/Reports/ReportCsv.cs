using System.Globalization;
using System.Text;

namespace Casework.Web.Features.Reports;

/// <summary>RPT-05: the rows of each report's table as RFC 4180 CSV, the same rows the JSON and the page show.</summary>
public static class ReportCsv
{
    public static string Trends(ComplaintTrendsDto r) =>
        Write(["month", "issueCategory", "count"], r.Rows.Select(x => new object[] { x.Month, x.IssueCategory, x.Count }));

    public static string Timeliness(TimelinessDto r) =>
        Write(["team", "month", "logged", "acknowledged", "acknowledgedInTime", "closed", "closedInTime", "breached"],
            r.Rows.Select(x => new object[] { x.Team, x.Month, x.Logged, x.Acknowledged, x.AcknowledgedInTime, x.Closed, x.ClosedInTime, x.Breached }));

    public static string Outcomes(OutcomesDto r) =>
        Write(["measure", "value"], [
            .. r.Outcomes.Select(o => new object[] { o.Key, o.Value }),
            ["refundTotal", r.RefundTotal],
            ["redressTotal", r.RedressTotal],
        ]);

    public static string WorkInProgress(WorkInProgressDto r) =>
        Write(["team", "open", "overdue", .. WorkInProgressReport.Bands],
            r.Teams.Select(t => (object[])[t.Team, t.Open, t.Overdue, .. WorkInProgressReport.Bands.Select(b => (object)t.Ageing[b])]));

    private static string Write(IReadOnlyList<string> header, IEnumerable<object[]> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', header)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(object value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        // A leading = + - @ would run as a formula in a spreadsheet; quote anything that needs it.
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
