using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Web.Features.EmployerComplaints;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Reports;

/// <summary>RPT-05: one report as a page — filters in a GET form (works without JavaScript), the table, definitions, CSV link.</summary>
public sealed class ReportModel(ComplaintReports complaints, WorkInProgressReport wip, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? FromDay { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? FromMonth { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? FromYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ToDay { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ToMonth { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ToYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    public ReportTable? Table { get; private set; }

    public IReadOnlyList<Domain.Organisation.Team> Teams { get; private set; } = [];

    public string CsvHref { get; private set; } = string.Empty;

    public string? ErrorFor(string input) => ModelState.ErrorFor(input);

    public async Task<IActionResult> OnGetAsync([FromServices] Data.CaseworkDbContext db, CancellationToken ct)
    {
        if (!ReportTable.All.Any(r => r.Name == Name))
        {
            return NotFound();
        }

        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var today = UkClock.Today(time);
        if (FromYear is null && ToYear is null)
        {
            var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-5);
            (FromDay, FromMonth, FromYear) = (from.Day.ToString(Inv), from.Month.ToString(Inv), from.Year.ToString(Inv));
            (ToDay, ToMonth, ToYear) = (today.Day.ToString(Inv), today.Month.ToString(Inv), today.Year.ToString(Inv));
        }

        var filter = ReportFilter.Parse(Iso(FromYear, FromMonth, FromDay), Iso(ToYear, ToMonth, ToDay), Team, Region);
        if (!filter.IsSuccess)
        {
            filter.Refusal!.ShowOn(ModelState, new Dictionary<string, string> { ["from"] = "FromDay", ["to"] = "ToDay", ["team"] = "Team", ["region"] = "Region" });
            return Page();
        }

        var f = filter.Value!;
        CsvHref = $"/Reports/{Name}?{PageQuery(f)}&handler=Csv";
        Table = Name switch
        {
            "complaint-trends" => ReportTable.Of(await complaints.TrendsAsync(f, ct), f),
            "timeliness" => ReportTable.Of(await complaints.TimelinessAsync(f, ct), f),
            "outcomes" => ReportTable.Of(await complaints.OutcomesAsync(f, ct), f),
            _ => ReportTable.Of(await wip.RunAsync(f, ct), f),
        };
        return Page();
    }

    /// <summary>The table's rows as CSV for the signed-in team leader (the API's <c>?format=csv</c> takes a bearer token).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var filter = ReportFilter.Parse(Iso(FromYear, FromMonth, FromDay), Iso(ToYear, ToMonth, ToDay), Team, Region);
        if (!ReportTable.All.Any(r => r.Name == Name) || !filter.IsSuccess)
        {
            return NotFound();
        }

        var f = filter.Value!;
        var csv = Name switch
        {
            "complaint-trends" => ReportCsv.Trends(await complaints.TrendsAsync(f, ct)),
            "timeliness" => ReportCsv.Timeliness(await complaints.TimelinessAsync(f, ct)),
            "outcomes" => ReportCsv.Outcomes(await complaints.OutcomesAsync(f, ct)),
            _ => ReportCsv.WorkInProgress(await wip.RunAsync(f, ct)),
        };
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{Name}-{f.From:yyyy-MM-dd}-{f.To:yyyy-MM-dd}.csv");
    }

    private static string PageQuery(ReportFilter f) => string.Create(Inv,
        $"FromDay={f.From.Day}&FromMonth={f.From.Month}&FromYear={f.From.Year}&ToDay={f.To.Day}&ToMonth={f.To.Month}&ToYear={f.To.Year}")
        + (f.Team is null ? "" : $"&Team={Uri.EscapeDataString(f.Team)}") + (f.Region is null ? "" : $"&Region={f.Region}");

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static string? Iso(string? year, string? month, string? day) =>
        int.TryParse(year, Inv, out var y) && int.TryParse(month, Inv, out var m) && int.TryParse(day, Inv, out var d)
            ? $"{y:D4}-{m:D2}-{d:D2}"
            : string.IsNullOrWhiteSpace(year) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(day) ? null : "invalid";

    public static IEnumerable<string> Regions => Enum.GetNames<Region>();
}
