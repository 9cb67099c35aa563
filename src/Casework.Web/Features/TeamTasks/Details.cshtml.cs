using Casework.Domain.Common;
using Casework.Domain.TeamTasks;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.TeamTasks;

/// <summary>
/// One team task: what it is about, where it is, and only the actions the actions table allows the viewer now — take
/// it, mark it done with the outcome, give it back. Each form posts to the same handler as the API.
/// </summary>
public sealed class DetailsModel(TeamTaskHandlers handlers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public TeamTaskDto Task { get; private set; } = null!;

    public bool Offers(TeamTaskAction action) => Task.Actions.Any(a => a.Action == action);

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostTakeAsync(CancellationToken ct) =>
        RunAsync(async () => (await handlers.TakeAsync(Id, new(Version), ct)).Refusal, "Task taken: it is in your inbox", ct);

    public Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) =>
        RunAsync(async () => (await handlers.ReleaseAsync(Id, new(Version), ct)).Refusal, "Task given back to the team", ct);

    public Task<IActionResult> OnPostDoneAsync(CancellationToken ct) =>
        RunAsync(async () => (await handlers.DoneAsync(Id, new(Outcome, Version), ct)).Refusal, "Task done", ct);

    private async Task<IActionResult> RunAsync(Func<Task<Refusal?>> command, string success, CancellationToken ct)
    {
        ModelState.Clear();
        if (await command() is { } refused)
        {
            if (refused is NotFound)
            {
                return NotFound();
            }

            refused.AddTo(ModelState);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Success"] = success;
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var task = await handlers.GetAsync(Id, ct);
        if (!task.IsSuccess)
        {
            return false;
        }

        Task = task.Value!;
        return true;
    }
}
