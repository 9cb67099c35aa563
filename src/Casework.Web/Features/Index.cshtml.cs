using Casework.Domain.Common;
using Casework.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features;

/// <summary>
/// Home is the caseworker's own inbox; a team leader's home shows the headline figures first (issue 15), with the
/// way to the inboxes and the reports.
/// </summary>
public sealed class IndexModel(ReportHeadlines headlines) : PageModel
{
    public IReadOnlyList<Headline> Headlines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(StaffRoles.TeamLeader))
        {
            return RedirectToPage("/Inbox/Index");
        }

        Headlines = await headlines.ReadAsync(ct);
        return Page();
    }
}
