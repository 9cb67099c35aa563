using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Reports;

/// <summary>The Reports section of API.md (RPT-01…RPT-05): team leaders only; <c>?format=csv</c> gives the same rows as text/csv.</summary>
public static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports");
        reports.MapGet("/complaint-trends", (HttpRequest q, ComplaintReports r, CancellationToken ct) =>
            Run(q, f => r.TrendsAsync(f, ct), ReportCsv.Trends, "complaint-trends"));
        reports.MapGet("/timeliness", (HttpRequest q, ComplaintReports r, CancellationToken ct) =>
            Run(q, f => r.TimelinessAsync(f, ct), ReportCsv.Timeliness, "timeliness"));
        reports.MapGet("/outcomes", (HttpRequest q, ComplaintReports r, CancellationToken ct) =>
            Run(q, f => r.OutcomesAsync(f, ct), ReportCsv.Outcomes, "outcomes"));
        reports.MapGet("/work-in-progress", (HttpRequest q, WorkInProgressReport r, CancellationToken ct) =>
            Run(q, f => r.RunAsync(f, ct), ReportCsv.WorkInProgress, "work-in-progress"));
    }

    private static async Task<IResult> Run<T>(HttpRequest request, Func<ReportFilter, Task<T>> report, Func<T, string> csv, string name)
    {
        var query = request.Query;
        var format = query["format"].ToString();
        if (format.Length > 0 && format is not ("csv" or "json"))
        {
            return InvalidInput.For("format", "Ask for format=csv or leave it out for JSON.").ToProblem();
        }

        var filter = ReportFilter.Parse(query["from"], query["to"], query["team"], query["region"]);
        if (!filter.IsSuccess)
        {
            return filter.Refusal!.ToProblem();
        }

        var result = await report(filter.Value!);
        return format == "csv"
            ? Results.Text(csv(result), "text/csv; charset=utf-8", System.Text.Encoding.UTF8)
            : Results.Ok(result);
    }
}
