using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>
/// SR-12: closing or cancelling an SR asks why and for a confirmation before anything changes. The reason goes to the
/// same handler as POST /api/service-requests/{ref}/status and from there to the audit trail.
/// </summary>
public sealed class CloseModel(ServiceRequestHandlers handlers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string SubStatus { get; set; } = SubStatuses.Completed;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public ServiceRequestDto Sr { get; private set; } = null!;

    public TransitionDto? Move { get; private set; }

    public bool Cancelling => string.Equals(SubStatus, SubStatuses.Cancelled, StringComparison.OrdinalIgnoreCase);

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct))
        {
            return NotFound();
        }

        Version = Sr.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct))
        {
            return NotFound();
        }

        // The handler names the fields it refuses; model binding's own messages would say less.
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), Cancelling ? "Enter why the service request is being cancelled" : "Enter why the service request can be closed");
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), Cancelling ? "Confirm that you want to cancel this service request" : "Confirm that you want to close this service request");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await handlers.ChangeStatusAsync(reference, new ChangeStatusRequest(nameof(ServiceRequestStatus.Closed), SubStatus, Version, Reason), ct);
        if (result.IsSuccess)
        {
            TempData["Success"] = Cancelling ? "Service request cancelled" : "Service request closed";
            return RedirectToPage("Details", new { reference });
        }

        result.Refusal!.AddTo(ModelState);
        if (ModelState.Remove("reason"))
        {
            ModelState.AddModelError(nameof(Reason), Cancelling ? "Enter why the service request is being cancelled" : "Enter why the service request can be closed");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        if ((await handlers.GetAsync(reference, ct)).Value is not { } sr)
        {
            return false;
        }

        Sr = sr;
        Move = sr.AvailableTransitions.FirstOrDefault(t =>
            t.Status == ServiceRequestStatus.Closed && string.Equals(t.SubStatus, SubStatus, StringComparison.OrdinalIgnoreCase));
        return true;
    }
}
