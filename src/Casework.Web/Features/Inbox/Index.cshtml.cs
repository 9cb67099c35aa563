using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Inbox;

/// <summary>My inbox, or my team's (SR-06, SR-11): one page at a time, sorted and filtered, with the total.</summary>
public sealed class IndexModel(InboxHandlers inbox) : PageModel
{
    public InboxQuery Query { get; private set; } = InboxQuery.Default(false);

    public bool Team => Query.Team;

    public PagedDto<InboxItemDto> Results { get; private set; } = new([], 0, 1, InboxQuery.DefaultPageSize);

    public IReadOnlyList<InboxItemDto> Items => Results.Items;

    public async Task OnGetAsync(string? team, string? p, string? pageSize, string? sort, string? overdue, string? status, CancellationToken ct)
    {
        var query = InboxQuery.Parse(team, p, pageSize, sort, overdue, status);
        if (!query.IsSuccess)
        {
            query.Refusal!.AddTo(ModelState);
            Query = InboxQuery.Default(string.Equals(team, "true", StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            Query = query.Value!;
        }

        Results = await inbox.ListAsync(Query, ct);
    }

    /// <summary>The query string for another page or order of the same list.</summary>
    public Dictionary<string, string> RouteFor(int? page = null, InboxSort? sort = null)
    {
        var route = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Query.Team)
        {
            route["team"] = "true";
        }

        if ((sort ?? Query.Sort) != InboxSort.TargetDate)
        {
            route["sort"] = (sort ?? Query.Sort).ToString();
        }

        if (Query.Overdue)
        {
            route["overdue"] = "true";
        }

        if (Query.Status is { } status)
        {
            route["status"] = status.ToString();
        }

        if (Query.PageSize != InboxQuery.DefaultPageSize)
        {
            route["pageSize"] = Query.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if ((page ?? 1) > 1)
        {
            route["p"] = page!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return route;
    }
}
