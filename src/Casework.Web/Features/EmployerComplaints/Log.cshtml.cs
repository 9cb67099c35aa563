using System.ComponentModel.DataAnnotations;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features.Employers;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure.Govuk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// Log an employer's complaint (EC-01…EC-04): the employer's complaints are listed first, and "Check the stage" shows
/// the stage the rule proposes before the caseworker logs it — the same handlers as GET …/stage-proposal and POST.
/// </summary>
public sealed class LogModel(EmployerComplaintHandlers complaints, EmployerHandlers employers, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> _fields = new()
    {
        ["employerErn"] = nameof(Ern), ["raisedBy"] = nameof(RaisedBy), ["channel"] = nameof(Channel), ["issue"] = nameof(Issue), ["issueCategory"] = nameof(IssueCategory),
        ["stageOverride.stage"] = nameof(StageChoice), ["stageOverride.reason"] = nameof(OverrideReason),
        ["description"] = nameof(Description), ["receivedOn"] = nameof(ReceivedOn), ["referralReason"] = nameof(ReferralReason),
    };

    /// <summary>The channels EC-01 names; a helpline or outbound call is Phone.</summary>
    public static readonly IReadOnlyList<(Channel Value, string Label)> Channels =
    [
        (Casework.Domain.ServiceRequests.Channel.Phone, "Phone call (helpline or outbound)"),
        (Casework.Domain.ServiceRequests.Channel.Letter, "Letter"),
        (Casework.Domain.ServiceRequests.Channel.Email, "E-mail"),
        (Casework.Domain.ServiceRequests.Channel.Referral, "Team leader referral"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Ern { get; set; }

    [BindProperty]
    public string? RaisedBy { get; set; } = nameof(Casework.Domain.ServiceRequests.RaisedBy.Employer);

    [BindProperty]
    public string? Channel { get; set; } = nameof(Casework.Domain.ServiceRequests.Channel.Phone);

    [BindProperty]
    public string? Issue { get; set; }

    /// <summary>EC-16: the page always asks for the category (the API lets a client omit it).</summary>
    [BindProperty]
    public string? IssueCategory { get; set; }

    /// <summary>EC-16: empty to log at the proposed stage, or the stage the caseworker chooses instead.</summary>
    [BindProperty]
    public string? StageChoice { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    [Display(Name = "Date received")]
    public DateInput ReceivedOn { get; set; } = DateInput.Empty;

    [BindProperty]
    public string? ReferralReason { get; set; }

    public string EmployerName { get; private set; } = string.Empty;

    public IReadOnlyList<RelatedComplaintDto> Related { get; private set; } = [];

    /// <summary>Set once the caseworker has checked the stage for the issue entered.</summary>
    public StageProposalDto? Proposal { get; private set; }

    private const string CategoryMissing = "Choose the issue category.";

    public static IReadOnlyList<ComplaintIssueCategory> Categories => ComplaintIssueCategories.All;

    public string? ErrorFor(string input) => ModelState.ErrorFor(input);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ReceivedOn.IsEmpty)
        {
            ReceivedOn = DateInput.From(UkClock.Today(time));
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(IssueCategory))
        {
            ModelState.AddModelError(nameof(IssueCategory), CategoryMissing);
        }

        // The binder has put a date that is not real against its boxes; the handlers would only ask for a date.
        if (!ModelState.IsValid)
        {
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var proposal = await complaints.ProposeAsync(Ern, Issue, ReceivedOn.Date, ct, IssueCategory);
        if (proposal.IsSuccess)
        {
            Proposal = proposal.Value;
        }
        else
        {
            proposal.Refusal!.ShowOn(ModelState, _fields);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var stageOverride = string.IsNullOrWhiteSpace(StageChoice) ? null : new StageOverrideRequest(StageChoice, OverrideReason);
        Result<EmployerComplaintDto> logged = string.IsNullOrWhiteSpace(IssueCategory)
            ? InvalidInput.For("issueCategory", CategoryMissing)
            : await complaints.LogAsync(
                new LogComplaintRequest(Ern, RaisedBy, Channel, Issue, Description, ReceivedOn.Date, null, ReferralReason, IssueCategory, stageOverride), ct);
        if (logged.IsSuccess)
        {
            var c = logged.Value!;
            TempData["Success"] = c.Stage == ComplaintStage.Review
                ? $"Complaint {c.Reference} logged at Review: sent to the escalated complaints team"
                : $"Complaint {c.Reference} logged at Resolution";
            return RedirectToPage("/EmployerComplaints/Details", new { reference = c.Reference });
        }

        logged.Refusal!.ShowOn(ModelState, _fields);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Ern) || (await employers.GetAsync(Ern, ct)).Value is not { } employer)
        {
            return false;
        }

        EmployerName = employer.Name;
        Related = Proposal?.RelatedComplaints ?? await complaints.RelatedToAsync(employer.Ern, Issue, ct, IssueCategory);
        return true;
    }
}
