using Casework.Domain.Common;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>One SAR: its deadline and, for the subject access team, the export download and completion (CON-05).</summary>
public sealed class RequestModel(SubjectAccessHandlers handlers) : PageModel
{
    public SubjectAccessRequestDto Sar { get; private set; } = null!;

    /// <summary>The request's own audit trail in words.</summary>
    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public bool IsSubjectAccessTeam => User.IsInRole(StaffRoles.SubjectAccess);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        var sar = await handlers.GetAsync(reference, ct);
        if (!sar.IsSuccess)
        {
            return NotFound();
        }

        Sar = sar.Value!;
        History = await handlers.HistoryAsync(reference, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string reference, CancellationToken ct)
    {
        var export = await handlers.ExportAsync(reference, ct);
        return export.Refusal switch
        {
            null => File(export.Value!.Bytes, "application/zip", export.Value.FileName),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostCompleteAsync(string reference, CancellationToken ct)
    {
        var done = await handlers.CompleteAsync(reference, ct);
        if (done.Refusal is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused.Reason);
            return await OnGetAsync(reference, ct);
        }

        TempData["Success"] = $"Subject access request {reference} completed";
        return RedirectToPage(new { reference });
    }
}
