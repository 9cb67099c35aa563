using Casework.Web.Features.Employers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Clients;

/// <summary>
/// Find a client by any part of the name or by SCIN, paged (P-07). The same search as <c>GET /api/clients</c>, so a
/// client with a domestic violence risk (CON-06) is found only by their exact SCIN, with the name withheld.
/// </summary>
public sealed class IndexModel(ClientRegistry clients) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedDto<ClientSummaryDto>? Results { get; private set; }

    public bool CanCreate => User.IsInRole(Domain.Common.StaffRoles.Caseworker);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Search))
        {
            Results = await clients.SearchAsync(Search, PageNumber, PageSize, ct);
        }
    }
}
