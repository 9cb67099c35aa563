using Casework.Domain.AccountManagers;
using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Features.Employers;
using Casework.Web.Features.Staff;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.AccountManagers;

/// <summary>
/// One account manager referral (AM-02/03/04): its facts and criteria as raised, its status and decision; for a team
/// leader while it is pending, the decision form, which posts to the same handler as POST …/decision.
/// </summary>
public sealed class ReferralModel(ReferralHandlers referrals, EmployerHandlers employers, CaseworkDbContext db) : PageModel
{
    public ReferralDto Referral { get; private set; } = null!;

    public string EmployerName { get; private set; } = string.Empty;

    /// <summary>The employer's account manager now; null while the segment manager has the account.</summary>
    public string? CurrentAccountManager { get; private set; }

    /// <summary>Everyone on the staff list, to show names beside staff numbers.</summary>
    public IReadOnlyList<StaffDto> Staff { get; private set; } = [];

    /// <summary>Staff who hold the AccountManager role: the only people an employer can be given (not the one it has now).</summary>
    public IReadOnlyList<StaffDto> AccountManagers { get; private set; } = [];

    [BindProperty]
    public bool? Approve { get; set; }

    [BindProperty]
    public string? AccountManagerStaffNumber { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? LetterFreeText { get; set; }

    public bool CanDecide => Referral.Status == ReferralStatus.Pending && User.IsInRole(StaffRoles.TeamLeader);

    public bool NeedsAccountManager => Referral.Kind != ReferralKind.Remove;

    /// <summary>The letter each decision would queue (AM-04), so the team leader knows before deciding.</summary>
    public string? LetterIf(bool approve) => AccountManagerLetters.For(Referral.Kind, approve, Circumstances);

    /// <summary>Only CMSL8005 and CMSL8006 have free text; the form asks for it only when one of them may go out.</summary>
    public bool TakesLetterText => LetterIf(true) == AccountManagerLetters.Changed || LetterIf(false) == AccountManagerLetters.ChangeDeclined;

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public string StaffName(string? staffNumber) =>
        staffNumber is null ? "Segment manager"
        : Staff.FirstOrDefault(s => s.StaffNumber == staffNumber) is { } s ? $"{s.Name} (staff number {s.StaffNumber})"
        : $"Staff number {staffNumber}";

    private ReferralCircumstances Circumstances => new(Referral.RequestedByEmployer, Referral.DiscussedByPhone, Referral.ForWorkload);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct) =>
        await LoadAsync(reference, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken ct)
    {
        var result = await referrals.DecideAsync(reference, new DecideReferralRequest(Approve, AccountManagerStaffNumber, Reason, LetterFreeText), ct);
        if (result.IsSuccess)
        {
            var decided = result.Value!;
            var verdict = decided.Status == ReferralStatus.Approved ? "approved" : "rejected";
            var letter = decided.Decision?.LetterCode is { } code ? $"letter {code} queued" : "no letter";
            TempData["Success"] = $"Referral {decided.Reference} {verdict}: {letter}";
            return RedirectToPage(new { reference });
        }

        if (result.Refusal is NotFound && !await LoadAsync(reference, ct))
        {
            return NotFound();
        }

        result.Refusal!.AddTo(ModelState);
        return await LoadAsync(reference, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        var result = await referrals.GetAsync(reference, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Referral = result.Value!;
        var employer = (await employers.GetAsync(Referral.EmployerErn, ct)).Value;
        EmployerName = employer?.Name ?? Referral.EmployerErn;
        CurrentAccountManager = employer?.AccountTeam is { Kind: "AccountManager" } team ? team.StaffNumber : null;
        Staff = await StaffEndpoints.ListAsync(db, null, ct);
        AccountManagers = [.. Staff.Where(s => s.Roles.Contains(StaffRoles.AccountManager) && s.StaffNumber != CurrentAccountManager)];
        return true;
    }
}
