using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Inbox;

/// <summary>My inbox, or my team's (SR-06, SR-11): one page at a time, sorted and filtered, with the total.</summary>
public sealed class IndexModel(InboxHandlers inbox, InboxReassign reassign, Data.CaseworkDbContext db, CurrentActor actors) : PageModel
{
    /// <summary>Who a team leader can move the chosen SRs to: the members of their team.</summary>
    public IReadOnlyList<(string StaffNumber, string Name)> Staff { get; private set; } = [];

    public IReadOnlyList<Features.Inbox.ReassignRefusalDto> Refused { get; private set; } = [];

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

        await LoadAsync(ct);
    }

    /// <summary>Bulk reassign (SR-11): the ticked SRs go to one member of staff; refused ones are listed with the reason.</summary>
    public async Task<IActionResult> OnPostReassignAsync(string[]? references, string? toStaffNumber, CancellationToken ct)
    {
        Query = InboxQuery.Default(team: true);
        var result = await reassign.ReassignAsync(new ReassignRequest(references, toStaffNumber), ct);
        if (!result.IsSuccess)
        {
            result.Refusal!.AddTo(ModelState);
            await LoadAsync(ct);
            return Page();
        }

        var done = result.Value!;
        if (done.Refused.Count == 0)
        {
            TempData["Success"] = $"{done.Moved} service {(done.Moved == 1 ? "request" : "requests")} reassigned";
            return RedirectToPage(new { team = "true" });
        }

        Refused = done.Refused;
        TempData["Success"] = $"{done.Moved} service {(done.Moved == 1 ? "request" : "requests")} reassigned";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Results = await inbox.ListAsync(Query, ct);
        var actor = await actors.RequireAsync(ct);
        if (Query.Team && actor.IsTeamLeader)
        {
            Staff = [.. (await db.Staff.AsNoTracking().Where(s => s.TeamCode == actor.TeamCode).OrderBy(s => s.Name)
                .Select(s => new { s.StaffNumber, s.Name }).ToListAsync(ct)).Select(s => (s.StaffNumber, s.Name))];
        }
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
