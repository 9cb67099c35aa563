using Casework.Domain.Common;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Employers;

/// <summary>An employer's details, account team (AM-01) and service requests; sends the identity e-mail (SEC-07).</summary>
public sealed class DetailsModel(
    EmployerHandlers employers, ServiceRequestHandlers serviceRequests, IdentityEmailHandler identityEmail, DeoNotices.DeoNoticeHandlers deoNotices) : PageModel
{
    public EmployerDto Employer { get; private set; } = null!;

    public PagedDto<ServiceRequestSummaryDto> ServiceRequests { get; private set; } = new([], 0, 1, ServiceRequestHandlers.EmployerPageSize);

    /// <summary>Which page of the employer's SRs to show (SR-10).</summary>
    [BindProperty(SupportsGet = true, Name = "srp")]
    public int ServiceRequestPage { get; set; } = 1;

    /// <summary>The employer record's notes, newest first (e.g. why a CMSL2040 re-issue was requested, COR-07).</summary>
    public IReadOnlyList<Casework.Web.Features.DeoNotices.EmployerNoteDto> Notes { get; private set; } = [];

    /// <summary>Where the identity e-mail goes; prefilled with the employer's e-mail on record.</summary>
    [BindProperty]
    public string? IdentityEmailAddress { get; set; }

    public bool CanSendIdentityEmail => User.IsInRole(StaffRoles.Caseworker) || User.IsInRole(StaffRoles.TeamLeader);

    public async Task<IActionResult> OnGetAsync(string ern, CancellationToken ct)
    {
        if (!await LoadAsync(ern, ct))
        {
            return NotFound();
        }

        IdentityEmailAddress = Employer.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostIdentityEmailAsync(string ern, CancellationToken ct)
    {
        if (!CanSendIdentityEmail)
        {
            return Forbid();
        }

        var result = await identityEmail.SendAsync(ern, new SendIdentityEmailRequest(IdentityEmailAddress), ct);
        if (result.IsSuccess)
        {
            TempData["Success"] = $"Identity e-mail sent to {result.Value!.SentTo}";
            return RedirectToPage(new { ern });
        }

        if (result.Refusal is NotFound)
        {
            return NotFound();
        }

        if (result.Refusal is InvalidInput invalid)
        {
            foreach (var message in invalid.Errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError(nameof(IdentityEmailAddress), message);
            }
        }
        else
        {
            result.Refusal!.AddTo(ModelState);
        }

        return await LoadAsync(ern, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string ern, CancellationToken ct)
    {
        var result = await employers.GetAsync(ern, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Employer = result.Value!;
        ServiceRequests = await serviceRequests.ForEmployerAsync(ern, ServiceRequestPage, ct);
        Notes = await deoNotices.ForEmployerAsync(ern, ct);
        return true;
    }
}
