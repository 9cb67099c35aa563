using Casework.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>EC-08: the team leader's list of open Resolution complaints close to (or past) their deadlines.</summary>
public sealed class AtRiskModel(EmployerComplaintHandlers complaints) : PageModel
{
    public const int DefaultDays = 3;

    [BindProperty(SupportsGet = true)]
    public int? WithinDays { get; set; }

    public IReadOnlyList<AtRiskDto> Items { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (WithinDays is < 0 or > 60)
        {
            Error = "Enter a number of working days from 0 to 60.";
            ModelState.AddModelError(nameof(WithinDays), Error);
            WithinDays = DefaultDays;
        }

        Items = await complaints.AtRiskAsync(WithinDays ??= DefaultDays, ct);
    }
}
