using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Inbox;

/// <summary>My inbox, or my team's (SR-06).</summary>
public sealed class IndexModel(InboxHandlers inbox) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Team { get; set; }

    public IReadOnlyList<InboxItemDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await inbox.ListAsync(Team, ct);
}
