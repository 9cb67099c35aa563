using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Calls;

/// <summary>
/// Take a call (SEC-01/02/03/05/06): choose who is calling, enter the reference they gave, read out the questions,
/// key the answers. The page shows the questions only — nothing from the account — until the check passes; then
/// an SR can be raised on the call.
/// </summary>
public sealed class TakeModel(CallHandlers calls) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string? CallerType { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public List<string> AnswerIds { get; set; } = [];

    [BindProperty]
    public List<string?> Answers { get; set; } = [];

    public CallDto? Call { get; private set; }

    public static IReadOnlyList<(string Value, string Label)> CallerTypes { get; } =
        [.. Enum.GetNames<CallerKind>().Select(name => (name, Display.Words(name)))];

    public bool HasError(string field) => ModelState[field]?.Errors.Count > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return Page();
        }

        var call = await calls.GetAsync(id, ct);
        if (!call.IsSuccess)
        {
            return NotFound();
        }

        Call = call.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var started = await calls.StartAsync(new StartCallRequest(CallerType, Reference), ct);
        if (started.IsSuccess)
        {
            return RedirectToPage(new { id = started.Value!.Id });
        }

        started.Refusal!.AddTo(ModelState);
        Id = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return RedirectToPage();
        }

        var answers = AnswerIds.Select((questionId, i) => new SecurityAnswerInput(questionId, Answers.ElementAtOrDefault(i) ?? string.Empty)).ToList();
        var result = await calls.AnswerAsync(id, new SecurityAnswersRequest(answers), ct);
        if (result.IsSuccess)
        {
            if (result.Value!.WelshCallBack is { } welsh)
            {
                TempData["WelshCallBack"] = welsh.Reason;
            }

            // Post, redirect, get: a refresh never sends the answers again.
            return RedirectToPage(new { id });
        }

        result.Refusal!.AddTo(ModelState);
        return await OnGetAsync(ct);
    }
}
