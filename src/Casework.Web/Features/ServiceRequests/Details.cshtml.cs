using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Features.Staff;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>
/// One SR: activity plan, notes, the status moves the table allows this user, work management and
/// the audit trail. Every form posts the version it was shown, so a stale page is refused (409), not applied.
/// </summary>
public sealed class DetailsModel(ServiceRequestHandlers handlers, Letters.LetterHandlers letters, CurrentActor actors, CaseworkDbContext db) : PageModel
{
    public ServiceRequestDto Sr { get; private set; } = null!;

    public IReadOnlyList<AuditEntryDto> Audit { get; private set; } = [];

    public IReadOnlyList<StaffDto> Staff { get; private set; } = [];

    public Actor Viewer { get; private set; } = null!;

    /// <summary>SEC-10: the page offers only the actions the access table (ServiceRequestAccess) lets this user take.</summary>
    public bool May(string handler) =>
        AccessRules.Allows(User, AccessRules.PageHandlerKey("POST", "/ServiceRequests/Details", handler));

    [BindProperty]
    public string? NoteText { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct) =>
        await LoadAsync(reference, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostActivityAsync(string reference, int activity, int version, CancellationToken ct) =>
        ApplyAsync(reference, handlers.CompleteActivityAsync(reference, activity, version, ct), "Activity marked as done", ct);

    public Task<IActionResult> OnPostNoteAsync(string reference, int version, CancellationToken ct) =>
        ApplyAsync(reference, handlers.AddNoteAsync(reference, new AddNoteRequest(NoteText, version), ct), "Note added", ct);

    public Task<IActionResult> OnPostStatusAsync(string reference, string status, string subStatus, int version, CancellationToken ct) =>
        ApplyAsync(reference, handlers.ChangeStatusAsync(reference, new ChangeStatusRequest(status, subStatus, version), ct), "Status changed", ct);

    public Task<IActionResult> OnPostAssignAsync(string reference, string? staffNumber, int version, CancellationToken ct) =>
        ApplyAsync(reference, handlers.AssignAsync(reference, new AssignRequest(staffNumber, null, version), ct), "Service request assigned", ct);

    public Task<IActionResult> OnPostTakeOwnershipAsync(string reference, int version, CancellationToken ct) =>
        ApplyAsync(reference, handlers.TakeOwnershipAsync(reference, version, ct), "You now own this service request", ct);

    public Task<IActionResult> OnPostLockAsync(string reference, bool locked, int version, CancellationToken ct) =>
        ApplyAsync(reference, handlers.SetAssignmentLockAsync(reference, new AssignmentLockRequest(locked, version), ct),
            locked ? "Assignment locked" : "Assignment unlocked", ct);

    /// <summary>Preview a letter in the browser (PDF inline, braille as text).</summary>
    public async Task<IActionResult> OnGetLetterAsync(string reference, int letter, CancellationToken ct)
    {
        var result = await letters.DocumentAsync(letter, ct);
        if (result.Refusal is NotAllowedInState cannotYet)
        {
            // OPS-01: a letter this machine cannot produce yet (braille without liblouis) says so on the SR page.
            cannotYet.AddTo(ModelState);
            return await LoadAsync(reference, ct) ? Page() : NotFound();
        }

        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Response.Headers.ContentDisposition = $"inline; filename={result.Value!.FileName}";
        return File(result.Value.Bytes, result.Value.ContentType);
    }

    public Task<IActionResult> OnPostCancelLetterAsync(string reference, int letter, int letterVersion, CancellationToken ct) =>
        ApplyAsync(reference, letters.CancelAsync(letter, letterVersion, ct), "Letter cancelled", ct);

    public Task<IActionResult> OnPostReissueLetterAsync(string reference, int letter, CancellationToken ct) =>
        ApplyAsync(reference, letters.ReissueAsync(letter, ct), "Letter re-issued with a covering letter", ct);

    /// <summary>Every form on this page: success redirects with a banner; a refusal re-shows the page with the reason.</summary>
    private async Task<IActionResult> ApplyAsync<T>(string reference, Task<Domain.Common.Result<T>> change, string success, CancellationToken ct)
    {
        var result = await change;
        if (result.IsSuccess)
        {
            TempData["Success"] = success;
            return RedirectToPage(new { reference });
        }

        if (result.Refusal is NotFound && !await LoadAsync(reference, ct))
        {
            return NotFound();
        }

        result.Refusal!.AddTo(ModelState);
        if (result.Refusal is InvalidInput invalid && invalid.Errors.ContainsKey("text"))
        {
            ModelState.Remove("text");
            ModelState.AddModelError(nameof(NoteText), "Enter the note.");
        }

        return await LoadAsync(reference, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        var result = await handlers.GetAsync(reference, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Sr = result.Value!;
        Audit = (await handlers.AuditAsync(reference, ct)).Value ?? [];
        Viewer = await actors.RequireAsync(ct);
        if (Viewer.IsTeamLeader)
        {
            Staff = await StaffEndpoints.ListAsync(db, null, ct);
        }

        return true;
    }
}
