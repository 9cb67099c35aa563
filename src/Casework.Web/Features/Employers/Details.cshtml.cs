using Casework.Web.Features.ServiceRequests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Employers;

/// <summary>An employer's details, account team (AM-01) and service requests.</summary>
public sealed class DetailsModel(EmployerHandlers employers, ServiceRequestHandlers serviceRequests) : PageModel
{
    public EmployerDto Employer { get; private set; } = null!;

    public IReadOnlyList<ServiceRequestSummaryDto> ServiceRequests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ern, CancellationToken ct)
    {
        var result = await employers.GetAsync(ern, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Employer = result.Value!;
        ServiceRequests = await serviceRequests.ForEmployerAsync(ern, ct);
        return Page();
    }
}
