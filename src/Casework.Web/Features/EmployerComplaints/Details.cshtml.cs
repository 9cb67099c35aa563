using System.Globalization;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Web.Features.Letters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// One employer complaint (procedure 000): its state, deadlines, flags, resolution plan with its history, letters, and
/// the caseworker's next steps for the state it is in. Each form posts to the same handler as its API route; a refusal
/// re-shows the page with the reason and the answers as entered, and changes nothing.
/// </summary>
public sealed class DetailsModel(EmployerComplaintHandlers complaints, LetterHandlers letters) : PageModel
{
    private static readonly Dictionary<string, string> _lineFields = new()
    {
        ["resolutionType"] = nameof(LineType), ["description"] = nameof(LineDescription), ["financial.kind"] = nameof(LineFinancial),
        ["financial.amount"] = nameof(LineAmount), ["financial.holdToOffset"] = nameof(LineHoldToOffset), ["financial.evidence"] = nameof(LineEvidence),
    };

    public EmployerComplaintDto Complaint { get; private set; } = null!;

    public IReadOnlyList<LetterDto> Letters { get; private set; } = [];

    [BindProperty]
    public string? InvalidNote { get; set; }

    [BindProperty]
    public string? LineType { get; set; }

    [BindProperty]
    public string? LineDescription { get; set; }

    /// <summary>"None", "Refund" or "Redress".</summary>
    [BindProperty]
    public string? LineFinancial { get; set; }

    [BindProperty]
    public string? LineAmount { get; set; }

    [BindProperty]
    public bool LineHoldToOffset { get; set; }

    [BindProperty]
    public string? LineEvidence { get; set; }

    [BindProperty]
    public bool? ReachedByPhone { get; set; }

    [BindProperty]
    public string? PlanLetterText { get; set; }

    [BindProperty]
    public bool? Agrees { get; set; }

    [BindProperty]
    public string? ResponseNote { get; set; }

    [BindProperty]
    public string? Paragraph { get; set; }

    [BindProperty]
    public string? ClosureText { get; set; }

    public bool IsCaseworker => User.IsInRole(StaffRoles.Caseworker);

    public bool IsTeamLeader => User.IsInRole(StaffRoles.TeamLeader);

    public IEnumerable<PlanLineDto> ActiveLines => Complaint.Plan.Lines.Where(l => l.Status != PlanLineStatus.Withdrawn);

    public bool HasRedress => ActiveLines.Any(l => l.Financial?.Kind == FinancialKind.Redress);

    /// <summary>The actions the complaint offers in its state that this user's roles allow, the next step first.</summary>
    public IReadOnlyList<ComplaintActionDto> MyActions => [.. Complaint.Actions.Where(a => User.IsInRole(a.Role))];

    public bool Offers(ComplaintStep step) => Complaint.Actions.Any(a => a.Step == step && User.IsInRole(a.Role));

    public string? ErrorFor(string input) => ModelState.ErrorFor(input);

    public static string TypeLabel(string code) => ResolutionTypes.Find(code)?.Label ?? code;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct) =>
        await LoadAsync(reference, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostInvalidAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.InvalidAsync(reference, new InvalidRequest(InvalidNote), ct),
            new() { ["note"] = nameof(InvalidNote) }, "Complaint closed as invalid (resolution code Invalid)", ct);

    public Task<IActionResult> OnPostValidAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.ValidAsync(reference, ct), [], "Complaint accepted as valid: acknowledgement CMSL8500 queued", ct);

    public async Task<IActionResult> OnPostAddLineAsync(string reference, CancellationToken ct)
    {
        FinancialRequest? financial = null;
        if (LineFinancial is "Refund" or "Redress")
        {
            decimal? amount = null;
            if (!string.IsNullOrWhiteSpace(LineAmount))
            {
                if (!decimal.TryParse(LineAmount.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds))
                {
                    ModelState.AddModelError(nameof(LineAmount), "Enter the amount in pounds and pence, for example 125.50.");
                    return await LoadAsync(reference, ct) ? Page() : NotFound();
                }

                amount = pounds;
            }

            financial = new FinancialRequest(LineFinancial, amount, LineHoldToOffset, LineEvidence);
        }

        return await ApplyAsync(reference, complaints.AddLineAsync(reference, new AddLineRequest(LineType, LineDescription, financial), ct),
            _lineFields, "Plan line added", ct);
    }

    public Task<IActionResult> OnPostWithdrawLineAsync(string reference, int line, CancellationToken ct) =>
        ApplyAsync(reference, complaints.WithdrawLineAsync(reference, line, ct), [], $"Plan line {line} withdrawn", ct);

    public Task<IActionResult> OnPostIssueAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.IssuePlanAsync(reference, new IssuePlanRequest(ReachedByPhone, PlanLetterText), ct),
            new() { ["reachedByPhone"] = nameof(ReachedByPhone), ["freeText"] = nameof(PlanLetterText) },
            ReachedByPhone == false ? "Plan issued by letter: CMSL8501 queued and the complaint waits for the employer's reply" : "Plan discussed with the employer by phone", ct);

    public Task<IActionResult> OnPostRespondAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.RespondAsync(reference, new PlanResponseRequest(Agrees, ResponseNote), ct),
            new() { ["agrees"] = nameof(Agrees), ["note"] = nameof(ResponseNote) },
            Agrees == true ? "Employer agrees the plan" : "Employer rejects the plan: sent to your team leader for approval", ct);

    public Task<IActionResult> OnPostSubmitAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.SubmitAsync(reference, ct), [], "Plan sent to your team leader for approval", ct);

    public Task<IActionResult> OnPostLineDoneAsync(string reference, int line, CancellationToken ct) =>
        ApplyAsync(reference, complaints.LineDoneAsync(reference, line, ct), [], $"Plan line {line} done", ct);

    public Task<IActionResult> OnPostCloseAsync(string reference, CancellationToken ct) =>
        ApplyAsync(reference, complaints.CloseAsync(reference, new CloseRequest(Paragraph, ClosureText), ct),
            new() { ["paragraph"] = nameof(Paragraph), ["freeText"] = nameof(ClosureText) }, "Complaint closed: closure letter CMSL8502 queued", ct);

    /// <summary>Every form: success redirects with a banner (PRG); a refusal re-shows the page with the reason.</summary>
    private async Task<IActionResult> ApplyAsync<T>(
        string reference, Task<Result<T>> change, Dictionary<string, string> fields, string success, CancellationToken ct)
    {
        var result = await change;
        if (result.IsSuccess)
        {
            TempData["Success"] = success;
            return RedirectToPage(new { reference });
        }

        result.Refusal!.ShowOn(ModelState, fields);
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
        Letters = await letters.ListAsync(reference, ct);
        return true;
    }
}
