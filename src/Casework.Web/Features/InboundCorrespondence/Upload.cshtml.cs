using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Casework.Domain.Common;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Govuk;
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
    [Display(Name = "Date received")]
    public DateInput ReceivedOn { get; set; } = DateInput.Empty;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct) =>
        await ExistsAsync(reference, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken ct)
    {
        // The handler takes the API's ISO date; boxes that make no real date are refused before it, in the GOV.UK words.
        var result = ReceivedOn.Problem("Date received") is { } problem
            ? Result<InboundDocumentDto>.Refused(InvalidInput.For("receivedOn", problem))
            : await handlers.UploadAsync(reference, Scan, Description, ReceivedOn.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ct);
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
