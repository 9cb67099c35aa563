using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.InboundCorrespondence;

/// <summary>Shows a scan in the browser (inline PDF) for a signed-in caseworker, at any time (COR-06).</summary>
public sealed class DocumentModel(InboundCorrespondenceHandlers handlers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await handlers.DocumentAsync(id, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        InboundCorrespondenceEndpoints.SetInlineHeaders(Response, result.Value!.FileName);
        return File(result.Value!.Bytes, result.Value.ContentType);
    }
}
