using System.ComponentModel.DataAnnotations;
using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Web.Data;
using Casework.Web.Features.Staff;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>
/// One complaint's outcome record (OUT-01..05): its issues and their outcomes, the derived outcome, the remedy, the
/// written response (Level 2), the investigation plan and the finalisation. Every form posts to the handler the API
/// uses, with the version the page showed, so a change someone else saved first is refused, not overwritten.
/// </summary>
public sealed class ComplaintModel(ComplaintOutcomeHandlers handlers, CaseworkDbContext db) : PageModel
{
    public ComplaintRecordDto Complaint { get; private set; } = null!;

    public IReadOnlyList<StaffDto> Staff { get; private set; } = [];

    [BindProperty]
    public string? NewCategory { get; set; }

    [BindProperty]
    public string? NewIssue { get; set; }

    [BindProperty]
    public string? Remedy { get; set; }

    [BindProperty]
    public bool? WrittenRequired { get; set; }

    [BindProperty]
    [Display(Name = "Date sent")]
    public DateInput WrittenSentOn { get; set; } = DateInput.Empty;

    [BindProperty]
    public string? WrittenSummary { get; set; }

    [BindProperty]
    public string? StepHeading { get; set; }

    [BindProperty]
    public string? StepDetail { get; set; }

    [BindProperty]
    public string? StepStaffNumber { get; set; }

    [BindProperty]
    public string? FinalSummary { get; set; }

    [BindProperty]
    public string? FinalFeedback { get; set; }

    /// <summary>Every issue is final, so the outcome is derived and the issues are settled (OUT-03).</summary>
    public bool Settled => Complaint.Outcome is not null;

    public bool NeedsFeedback => Complaint.Outcome is ComplaintOutcome.Upheld or ComplaintOutcome.PartiallyUpheld;

    /// <summary>OUT-02: Escalated is offered at Level 1 only.</summary>
    public IEnumerable<IssueOutcome> OutcomeChoices =>
        Enum.GetValues<IssueOutcome>().Where(o => o != IssueOutcome.Escalated || Complaint.Level == 1);

    public string? ErrorFor(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct))
        {
            return NotFound();
        }

        Remedy = Complaint.Remedy;
        WrittenRequired = Complaint.WrittenResponse?.Required;
        WrittenSentOn = DateInput.From(Complaint.WrittenResponse?.SentOn);
        WrittenSummary = Complaint.WrittenResponse?.Summary;
        FinalSummary = Complaint.Finalisation?.Summary;
        FinalFeedback = Complaint.Finalisation?.Feedback;
        return Page();
    }

    public Task<IActionResult> OnPostIssueAsync(string reference, int version, CancellationToken ct) =>
        ApplyAsync(reference, "Issue.", handlers.AddIssueAsync(reference, new AddIssueRequest(NewCategory, NewIssue, version), ct),
            added => $"Issue {added.Id} added", ct);

    public Task<IActionResult> OnPostOutcomeAsync(string reference, int issue, string? outcome, int version, CancellationToken ct) =>
        ApplyAsync(reference, $"Issue{issue}.", handlers.RecordOutcomeAsync(reference, issue, new RecordOutcomeRequest(outcome, version), ct),
            c => $"Outcome of issue {issue} recorded" + (c.Outcome is { } derived ? $": the complaint is {Display.Words(derived.ToString()).ToLowerInvariant()}" : string.Empty), ct);

    public Task<IActionResult> OnPostRemedyAsync(string reference, int version, CancellationToken ct) =>
        ApplyAsync(reference, "Remedy.", handlers.RecordRemedyAsync(reference, new RecordRemedyRequest(Remedy, version), ct), _ => "Remedy recorded", ct);

    public Task<IActionResult> OnPostWrittenResponseAsync(string reference, int version, CancellationToken ct)
    {
        // The date's error is shown once, under the form's key beside the field.
        ModelState.Remove(nameof(WrittenSentOn));
        if (WrittenSentOn.Problem("Date sent") is { } problem)
        {
            return RefuseAsync(reference, "Written.", InvalidInput.For("sentOn", problem), ct);
        }

        return ApplyAsync(reference, "Written.",
            handlers.RecordWrittenResponseAsync(reference, new WrittenResponseRequest(WrittenRequired, WrittenSentOn.Date, WrittenSummary, version), ct),
            _ => "Written response recorded", ct);
    }

    public Task<IActionResult> OnPostStepAsync(string reference, int version, CancellationToken ct) =>
        ApplyAsync(reference, "Step.",
            handlers.AddInvestigationStepAsync(reference, new AddInvestigationStepRequest(StepHeading, StepDetail, StepStaffNumber, version), ct),
            added => $"Investigation step {added.Id} added", ct);

    public Task<IActionResult> OnPostFinaliseAsync(string reference, int version, CancellationToken ct) =>
        ApplyAsync(reference, "Final.", handlers.FinaliseAsync(reference, new FinalisationRequest(FinalSummary, FinalFeedback, version), ct),
            _ => "Complaint finalised", ct);

    /// <summary>Success redirects with a banner; a refusal re-shows the page with the reason beside the form's fields.</summary>
    private async Task<IActionResult> ApplyAsync<T>(string reference, string prefix, Task<Result<T>> change, Func<T, string> success, CancellationToken ct)
    {
        var result = await change;
        if (result.IsSuccess)
        {
            TempData["Success"] = success(result.Value!);
            return RedirectToPage(new { reference });
        }

        return await RefuseAsync(reference, prefix, result.Refusal!, ct);
    }

    private async Task<IActionResult> RefuseAsync(string reference, string prefix, Refusal refusal, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct))
        {
            return NotFound();
        }

        refusal.AddTo(ModelState, prefix);
        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        var result = await handlers.GetAsync(reference, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Complaint = result.Value!;
        Staff = await StaffEndpoints.ListAsync(db, null, ct);
        return true;
    }
}
