using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.InboundCorrespondence;

/// <summary>
/// Links a scanned PDF to an SR from the browser (COR-06). The SR page's upload form posts here; success goes
/// back to the SR page (PRG, with a success banner), a refusal shows this page with the errors against the fields.
/// </summary>
[RequestSizeLimit(InboundCorrespondenceHandlers.MaxRequestSize)]
[RequestFormLimits(MultipartBodyLengthLimit = InboundCorrespondenceHandlers.MaxRequestSize)]
public sealed class UploadModel(InboundCorrespondenceHandlers handlers, ServiceRequests.ServiceRequestHandlers serviceRequests) : PageModel
{
    public string Reference { get; private set; } = string.Empty;

    [BindProperty(Name = "file")]
    public IFormFile? Scan { get; set; }

    [BindProperty(Name = "description")]
    public string? Description { get; set; }

    [BindProperty(Name = "receivedOn")]
    public string? ReceivedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct) =>
        await ExistsAsync(reference, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken ct)
    {
        var result = await handlers.UploadAsync(reference, Scan, Description, ReceivedOn, ct);
        if (result.IsSuccess)
        {
            TempData["Success"] = $"Inbound correspondence linked: {result.Value!.FileName}";
            return RedirectToPage("/ServiceRequests/Details", null, new { reference }, "inbound-correspondence");
        }

        if (!await ExistsAsync(reference, ct))
        {
            return NotFound();
        }

        // Only the refusal's messages: binding may have noted the fields already.
        ModelState.Clear();
        result.Refusal!.AddTo(ModelState);
        return Page();
    }

    private async Task<bool> ExistsAsync(string reference, CancellationToken ct)
    {
        Reference = reference;
        return (await serviceRequests.GetAsync(reference, ct)).IsSuccess;
    }
}
