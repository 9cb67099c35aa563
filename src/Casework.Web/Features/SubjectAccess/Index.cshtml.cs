using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>The subject access team's open requests, nearest due date first (CON-05).</summary>
public sealed class IndexModel(SubjectAccessHandlers handlers) : PageModel
{
    public IReadOnlyList<SubjectAccessRequestDto> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Open = await handlers.ListOpenAsync(ct);
}
