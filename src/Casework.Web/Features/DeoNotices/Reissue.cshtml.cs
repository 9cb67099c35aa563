using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.DeoNotices;

/// <summary>
/// COR-07: a caseworker or team leader asks for the CMSL2040 of one of the employer's active DEOs to be re-issued, for
/// one of the procedure's reasons. Posts to the same handler as POST /api/employers/{ern}/deo-notices/reissue.
/// </summary>
public sealed class ReissueModel(DeoNoticeHandlers notices, EmployerHandlers employers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ern { get; set; }

    [BindProperty]
    public int? DeoId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public EmployerDto Employer { get; private set; } = null!;

    public IReadOnlyList<ActiveDeoDto> ActiveDeos { get; private set; } = [];

    public IReadOnlyList<Cmsl2040ReissueReason> Reasons => DeoNoticeReasons.All;

    public bool CanReissue => User.IsInRole(StaffRoles.Caseworker) || User.IsInRole(StaffRoles.TeamLeader);

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // The handler validates everything and names the fields; model binding's own messages would say less.
        ModelState.Clear();
        var result = await notices.ReissueAsync(Employer.Ern, new ReissueDeoNoticeRequest(DeoId, Reason, null), ct);
        if (result.IsSuccess)
        {
            TempData["Success"] = "CMSL2040 re-issue queued and a note added to the employer record";
            return RedirectToPage("/Employers/Details", new { ern = Employer.Ern });
        }

        result.Refusal!.AddTo(ModelState);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Ern) || (await employers.GetAsync(Ern.Trim(), ct)).Value is not { } employer)
        {
            return false;
        }

        Employer = employer;
        ActiveDeos = await notices.ActiveDeosAsync(employer.Ern, ct);
        return true;
    }
}
