using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>
/// The list of SRs behind a report figure (RPT-05 drill-down): the filters are the query string
/// (<see cref="ServiceRequestFilter"/>), so every report link and the browser's back button work without JavaScript.
/// </summary>
public sealed class IndexModel(ServiceRequestList list) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ServiceRequestFilter? Filter { get; private set; }

    public PagedDto<ServiceRequestListItemDto>? Results { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The filters as they came, for the pagination links.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>Each filter in words, as the summary above the list reads.</summary>
    public static IEnumerable<(string Filter, string Value)> Describe(ServiceRequestFilter f)
    {
        static string Day(DateOnly? d) => d is { } day ? Display.Date(day) : "any date";
        if (f.Team is { } team)
        {
            yield return ("Owning team", team);
        }

        if (f.Open is { } open)
        {
            yield return ("Status", open ? "Open (not closed)" : "Closed");
        }

        if (f.Overdue)
        {
            yield return ("Overdue", "Open with a target date before today");
        }

        if (f.AtRisk)
        {
            yield return ("At risk", $"Open with a target date from today to {ServiceRequestFilter.AtRiskWorkingDays} working days ahead");
        }

        if (f.CreatedFrom is not null || f.CreatedTo is not null)
        {
            yield return ("Created", $"{Day(f.CreatedFrom)} to {Day(f.CreatedTo)}");
        }

        if (f.Region is { } region)
        {
            yield return ("Employer's region", Display.Region(region));
        }

        if (f.Age is { } age)
        {
            yield return ("Age", $"{age} working days since it was created");
        }

        if (f.IsComplaintFilter)
        {
            yield return ("Kind", "Employer complaints");
        }

        if (f.ReceivedFrom is not null || f.ReceivedTo is not null)
        {
            yield return ("Complaint received", $"{Day(f.ReceivedFrom)} to {Day(f.ReceivedTo)}");
        }

        if (f.Category is { } category)
        {
            yield return ("Issue category", category);
        }

        if (f.ComplaintRegion is { } complaintRegion)
        {
            yield return ("Complaint's region", Display.Region(complaintRegion));
        }

        if (f.Measure is { } measure)
        {
            yield return ("Counted as", Display.Words(measure.ToString()));
        }

        if (f.Outcome is { } outcome)
        {
            yield return ("Outcome", Display.Words(outcome.ToString()));
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        string? Value(string key) => Request.Query[key].ToString();
        if (!ServiceRequestFilter.AnyIn(Value))
        {
            return Page();
        }

        var filter = ServiceRequestFilter.Parse(Value);
        if (!filter.IsSuccess)
        {
            Problems = [.. ((Domain.Common.InvalidInput)filter.Refusal!).Errors.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Filter = filter.Value!;
        Query = Filter.ToQuery();
        Results = await list.PageAsync(Filter, Math.Max(1, PageNumber), PageSize, ct);
        return Page();
    }
}
