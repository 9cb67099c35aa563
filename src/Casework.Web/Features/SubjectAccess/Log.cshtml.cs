using System.ComponentModel.DataAnnotations;
using Casework.Domain.Common;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>CON-05: a caseworker logs a subject access request; it goes to the subject access team. Same handler as the API.</summary>
public sealed class LogModel(SubjectAccessHandlers handlers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? SubjectReference { get; set; }

    [BindProperty]
    public bool? ReceivedInWriting { get; set; }

    [BindProperty]
    [Display(Name = "Date received")]
    public DateInput ReceivedOn { get; set; } = DateInput.Empty;

    public bool CanLog => User.IsInRole(StaffRoles.Caseworker);

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (ReceivedOn.Problem("Date received") is { } problem)
        {
            ModelState.AddModelError("receivedOn", problem);
            return Page();
        }

        var logged = await handlers.LogAsync(new LogSubjectAccessRequestRequest(SubjectReference, ReceivedInWriting, ReceivedOn.Date), ct);
        if (!logged.IsSuccess)
        {
            logged.Refusal!.AddTo(ModelState);
            return Page();
        }

        TempData["Success"] = $"Subject access request {logged.Value!.Reference} logged for the subject access team";
        return RedirectToPage("/SubjectAccess/Request", new { reference = logged.Value.Reference });
    }
}
