using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Features.Staff;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.AccountManagers;

/// <summary>
/// The employers an account manager manages (003 steps 10–16); a team leader can move them all to another account
/// manager for leave cover, through the same handler as POST /api/account-managers/{staffNumber}/reassign.
/// </summary>
public sealed class EmployersModel(AccountManagerHandlers handlers, CurrentActor actors, CaseworkDbContext db) : PageModel
{
    public IReadOnlyList<ManagedEmployerDto> Employers { get; private set; } = [];

    public StaffDto Manager { get; private set; } = null!;

    /// <summary>The other account managers the employers can move to.</summary>
    public IReadOnlyList<StaffDto> OtherManagers { get; private set; } = [];

    public bool IsMine { get; private set; }

    [BindProperty]
    public string? ToStaffNumber { get; set; }

    public bool CanMove => User.IsInRole(StaffRoles.TeamLeader) && Employers.Count > 0;

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(string staffNumber, CancellationToken ct) =>
        await LoadAsync(staffNumber, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string staffNumber, CancellationToken ct)
    {
        var result = await handlers.ReassignAsync(staffNumber, new ReassignRequest(ToStaffNumber), ct);
        if (result.IsSuccess)
        {
            var moved = result.Value!;
            var staff = await StaffEndpoints.ListAsync(db, null, ct);
            string Name(string number) => staff.FirstOrDefault(s => s.StaffNumber == number)?.Name ?? number;
            var count = moved.EmployerErns.Count;
            TempData["Success"] = $"Moved {count} {(count == 1 ? "employer" : "employers")} from {Name(moved.FromStaffNumber)} to {Name(moved.ToStaffNumber)}";
            return RedirectToPage(new { staffNumber });
        }

        if (result.Refusal is NotFound && !await LoadAsync(staffNumber, ct))
        {
            return NotFound();
        }

        result.Refusal!.AddTo(ModelState);
        return await LoadAsync(staffNumber, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string staffNumber, CancellationToken ct)
    {
        var employers = await handlers.EmployersAsync(staffNumber, ct);
        if (!employers.IsSuccess)
        {
            return false;
        }

        Employers = employers.Value!;
        var staff = await StaffEndpoints.ListAsync(db, null, ct);
        Manager = staff.First(s => s.StaffNumber == staffNumber);
        OtherManagers = [.. staff.Where(s => s.Roles.Contains(StaffRoles.AccountManager) && s.StaffNumber != staffNumber)];
        IsMine = (await actors.GetAsync(ct))?.StaffNumber == staffNumber;
        // The layout marks "My employers" as the current page.
        ViewData["MyEmployers"] = IsMine;
        return true;
    }
}
