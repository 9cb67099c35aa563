using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// The team leader's approval item (EC-10…EC-12): the plan with its revision count and history; approve or reject line
/// by line, or all lines at once, with a comment that goes to the caseworker as a note.
/// </summary>
public sealed class ApprovalModel(EmployerComplaintHandlers complaints) : PageModel
{
    private static readonly Dictionary<string, string> _fields = new() { ["comment"] = nameof(Comment), ["lineIds"] = string.Empty, ["approve"] = string.Empty };

    public EmployerComplaintDto Complaint { get; private set; } = null!;

    /// <summary>Line number → "Approve" or "Reject"; a line left out stays undecided.</summary>
    [BindProperty]
    public Dictionary<int, string> Decisions { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    public bool Pending => Complaint.Status == Domain.ServiceRequests.ServiceRequestStatus.PendingApproval;

    public IEnumerable<PlanLineDto> ActiveLines => Complaint.Plan.Lines.Where(l => l.Status != PlanLineStatus.Withdrawn);

    public string? ErrorFor(string input) => ModelState.ErrorFor(input);

    /// <summary>The choice shown for a line: what was posted, else the decision already recorded.</summary>
    public string? ChoiceFor(PlanLineDto line) =>
        Decisions.TryGetValue(line.Id, out var posted) ? posted
        : line.TlDecision switch { LineDecision.Approved => "Approve", LineDecision.Rejected => "Reject", _ => null };

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct) =>
        await LoadAsync(reference, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostLinesAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.DecideLinesAsync(reference, Lines("Approve"), Lines("Reject"), Comment, ct), ct);

    public Task<IActionResult> OnPostApproveAllAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.DecideAsync(reference, new DecisionRequest(true, Comment, null), ct), ct);

    public Task<IActionResult> OnPostRejectAllAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.DecideAsync(reference, new DecisionRequest(false, Comment, null), ct), ct);

    private List<int> Lines(string choice) => [.. Decisions.Where(d => d.Value == choice).Select(d => d.Key).Order()];

    private async Task<IActionResult> ApplyAsync(string reference, Task<Result<EmployerComplaintDto>> decision, CancellationToken ct)
    {
        var result = await decision;
        if (result.IsSuccess)
        {
            var c = result.Value!;
            TempData["Success"] = c.Status == Domain.ServiceRequests.ServiceRequestStatus.PendingApproval
                ? "Decisions saved: some lines are still to decide"
                : c.Plan.TlApproval == TlApproval.Approved
                    ? $"Plan approved: CMSL8501 queued and complaint {c.Reference} is back with {c.Owner.Name ?? "the caseworker"}"
                    : $"Plan rejected: complaint {c.Reference} is back with {c.Owner.Name ?? "the caseworker"} to revise";
            return RedirectToPage(new { reference });
        }

        result.Refusal!.ShowOn(ModelState, _fields);
        return await LoadAsync(reference, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        var result = await complaints.GetAsync(reference, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Complaint = result.Value!;
        return true;
    }
}
