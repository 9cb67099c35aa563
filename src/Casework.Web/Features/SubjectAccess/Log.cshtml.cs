using Casework.Domain.Common;
using Casework.Web.Infrastructure;
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
    public DateOnly? ReceivedOn { get; set; }

    public bool CanLog => User.IsInRole(StaffRoles.Caseworker);

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var receivedOnGiven = ModelState[nameof(ReceivedOn)]?.AttemptedValue;
        ModelState.Clear();
        if (!string.IsNullOrEmpty(receivedOnGiven) && ReceivedOn is null)
        {
            ModelState.AddModelError("receivedOn", "Enter the date received as a real date.");
            return Page();
        }

        var logged = await handlers.LogAsync(new LogSubjectAccessRequestRequest(SubjectReference, ReceivedInWriting, ReceivedOn), ct);
        if (!logged.IsSuccess)
        {
            logged.Refusal!.AddTo(ModelState);
            return Page();
        }

        TempData["Success"] = $"Subject access request {logged.Value!.Reference} logged for the subject access team";
        return RedirectToPage("/SubjectAccess/Request", new { reference = logged.Value.Reference });
    }
}
