using Casework.Domain.Common;
using Casework.Web.Infrastructure.Letters;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Letters;

/// <summary>The team leader's view of the day's letter queue, with "run the batch now" (COR-02).</summary>
public sealed class IndexModel(LetterHandlers letters, LetterBatch batch) : PageModel
{
    public IReadOnlyList<LetterDto> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Queue = await letters.ListAsync(null, ct);

    public async Task<IActionResult> OnPostBatchAsync(CancellationToken ct)
    {
        var result = await batch.RunAsync(ct);
        TempData["Success"] = result.Ran
            ? $"Batch sent {result.Sent} {(result.Sent == 1 ? "letter" : "letters")}"
            : "Another batch is running now; try again in a minute";
        return RedirectToPage();
    }
}
