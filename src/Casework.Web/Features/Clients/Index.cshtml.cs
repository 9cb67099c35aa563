using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Clients;

/// <summary>Find a client by SCIN and open their page.</summary>
public sealed class IndexModel(ClientHandlers clients) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Scin { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Scin))
        {
            return Page();
        }

        var found = await clients.GetAsync(Scin.Trim(), ct);
        if (found.IsSuccess)
        {
            return RedirectToPage("/Clients/Details", new { scin = found.Value!.Scin });
        }

        Error = found.Refusal!.Reason;
        return Page();
    }
}
