using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.AccountManagers;

/// <summary>"My employers" in the navigation: the signed-in account manager's own list.</summary>
public sealed class MineModel(CurrentActor actors) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await actors.GetAsync(ct) is { } me ? RedirectToPage("/AccountManagers/Employers", new { staffNumber = me.StaffNumber }) : NotFound();
}
