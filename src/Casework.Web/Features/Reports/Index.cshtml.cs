using Casework.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Reports;

/// <summary>The Reports menu with the headline figures (issue 15), each linking into the report it comes from.</summary>
public sealed class IndexModel(ReportHeadlines headlines) : PageModel
{
    public IReadOnlyList<Headline> Headlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Headlines = await headlines.ReadAsync(ct);
}
