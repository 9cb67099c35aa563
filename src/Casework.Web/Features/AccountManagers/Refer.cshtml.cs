using Casework.Domain.AccountManagers;
using Casework.Domain.Common;
using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.AccountManagers;

/// <summary>
/// AM-02: a caseworker refers an employer to their team leader to allocate, change or remove an account manager.
/// Posts to the same handler as POST /api/account-manager-referrals; the criteria facts are counted when it is raised
/// and shown on the referral page.
/// </summary>
public sealed class ReferModel(ReferralHandlers referrals, EmployerHandlers employers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ern { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool? RequestedByEmployer { get; set; }

    [BindProperty]
    public bool? DiscussedByPhone { get; set; }

    [BindProperty]
    public bool? ForWorkload { get; set; }

    [BindProperty]
    public bool Complex { get; set; }

    public EmployerDto Employer { get; private set; } = null!;

    public bool HasAccountManager => Employer.AccountTeam.Kind == "AccountManager";

    /// <summary>Only the referrals that make sense for the account team now (003 step 1).</summary>
    public IReadOnlyList<ReferralKind> Kinds => HasAccountManager ? [ReferralKind.Change, ReferralKind.Remove] : [ReferralKind.Allocate];

    public bool CanRefer => User.IsInRole(StaffRoles.Caseworker);

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Kinds.Count == 1)
        {
            Kind = Kinds[0].ToString();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // The yes/no answers decide the letter (AM-04), so the page asks for them rather than assuming "no".
        ModelState.Clear();
        Require(nameof(RequestedByEmployer), RequestedByEmployer, "Select yes if the employer asked for this");
        Require(nameof(DiscussedByPhone), DiscussedByPhone, "Select yes if the request was discussed with the employer by phone");
        var isChange = string.Equals(Kind, nameof(ReferralKind.Change), StringComparison.OrdinalIgnoreCase);
        if (isChange)
        {
            Require(nameof(ForWorkload), ForWorkload, "Select yes if the change is because of workload");
        }

        if (!ModelState.IsValid)
        {
            // Say everything that is missing at once, not one round at a time.
            if (string.IsNullOrWhiteSpace(Kind))
            {
                ModelState.AddModelError("kind", "Choose allocate, change or remove");
            }

            if (string.IsNullOrWhiteSpace(Reason))
            {
                ModelState.AddModelError("reason", "Enter the reason for the referral.");
            }

            return Page();
        }

        var result = await referrals.RaiseAsync(
            new RaiseReferralRequest(Employer.Ern, Kind, Reason, RequestedByEmployer, DiscussedByPhone, isChange && ForWorkload == true, Complex), ct);
        if (result.IsSuccess)
        {
            TempData["Success"] = $"Referral {result.Value!.Reference} sent to your team leader";
            return RedirectToPage("/AccountManagers/Referral", new { reference = result.Value.Reference });
        }

        result.Refusal!.AddTo(ModelState);
        return Page();
    }

    private void Require(string field, bool? answer, string message)
    {
        if (answer is null)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Ern) || (await employers.GetAsync(Ern.Trim(), ct)).Value is not { } employer)
        {
            return false;
        }

        Employer = employer;
        return true;
    }
}
