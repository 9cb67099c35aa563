using Casework.Web.Features.ServiceRequests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Search;

/// <summary>
/// The header search (SR-10): an SR reference opens the SR, an ERN the employer, a SCIN the client; an agent has no
/// page of its own, so an EARN lists the agent's SRs here, paged. Anything else says nothing matched.
/// </summary>
public sealed class IndexModel(ServiceRequestSearch finder) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Term { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ServiceRequestSearchResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Term))
        {
            return Page();
        }

        Result = await finder.SearchAsync(Term, Math.Max(1, PageNumber), PageSize, ct);
        return Result.Hit switch
        {
            SearchHit.ServiceRequest => RedirectToPage("/ServiceRequests/Details", new { reference = Result.Term }),
            SearchHit.Employer => RedirectToPage("/Employers/Details", new { ern = Result.Term }),
            SearchHit.Client => RedirectToPage("/Clients/Details", new { scin = Result.Term }),
            _ => Page(),
        };
    }
}
