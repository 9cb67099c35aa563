using Casework.Domain.Common;
using Casework.Web.Features.Compliments;
using Casework.Web.Features.Employers;
using Casework.Web.Features.Letters;
using Casework.Web.Features.Representatives;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Features.TeamTasks;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Casework.Web.Infrastructure.Security;

namespace Casework.Web.Features.Clients;

/// <summary>
/// The client page: the record without any secret, contact suppression (CON-04), risk flags (CON-06),
/// representatives (P-05), a Welsh call-back (COR-05) and
/// face-to-face, interpretation or translation requests (CON-07). Each form posts to the same handler as the API.
/// </summary>
public sealed class DetailsModel(
    ClientHandlers clients, ClientRiskHandler risks, RepresentativeHandlers representatives, ClientLetterHandler letters, WelshCallBacks welsh,
    ContactArrangements arrangements, ClientHistory history, AccessAudit access, TeamTaskHandlers teamTasks)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Scin { get; set; } = string.Empty;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? RiskKind { get; set; }

    [BindProperty]
    public string? RiskNote { get; set; }

    [BindProperty]
    public RepresentativeForm Rep { get; set; } = new();

    [BindProperty]
    public string? ArrangementKind { get; set; }

    [BindProperty]
    public string? ArrangementLanguage { get; set; }

    [BindProperty]
    public string? ArrangementNote { get; set; }

    public ClientDto Client { get; private set; } = null!;

    public IReadOnlyList<LetterDto> Letters { get; private set; } = [];

    /// <summary>SR-10: the client's SRs, one page at a time.</summary>
    [BindProperty(SupportsGet = true, Name = "srPage")]
    public int ServiceRequestPage { get; set; } = 1;

    public PagedDto<ServiceRequestListItemDto> ServiceRequests { get; private set; } = new([], 0, 1, ClientHistory.ServiceRequestPageSize);

    public IReadOnlyList<ClientCallDto> Calls { get; private set; } = [];

    public IReadOnlyList<ComplimentDto> Compliments { get; private set; } = [];

    /// <summary>Risk referrals, Welsh call-backs, CON-07 requests and planned calls about the client, with where each is.</summary>
    public IReadOnlyList<TeamTaskListItemDto> TeamTasks { get; private set; } = [];

    /// <summary>SR-09: caseworkers raise SRs for a client, as from <c>Take a call</c>.</summary>
    public bool CanRaise => User.IsInRole(StaffRoles.Caseworker);

    /// <summary>SEC-09: the subject access team and team leaders see who looked at this subject.</summary>
    public bool MaySeeWhoLooked => User.IsInRole(StaffRoles.SubjectAccess) || User.IsInRole(StaffRoles.TeamLeader);

    public IReadOnlyList<AccessLogView> WhoLooked { get; private set; } = [];

    public bool CanChange => User.IsInRole(StaffRoles.Caseworker) || User.IsInRole(StaffRoles.TeamLeader);

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSuppressAsync(CancellationToken ct) =>
        RunAsync(async () => (await clients.SuppressAsync(Scin, new(Reason), ct)).Refusal, "Contact suppressed: no letters or outbound calls", "reason", ct);

    /// <summary>Posted as <c>LetterFormat.format</c>, the API's field, so an error links to its radios.</summary>
    [BindProperty]
    public LetterFormatChoice LetterFormat { get; set; } = new();

    public Task<IActionResult> OnPostLetterFormatAsync(CancellationToken ct) => RunAsync(
        async () => (await clients.SetLetterFormatAsync(Scin, new(LetterFormat.Format), ct)).Refusal, "Letter format changed", "LetterFormat.", ct);

    public Task<IActionResult> OnPostLiftAsync(CancellationToken ct) =>
        RunAsync(async () => (await clients.LiftSuppressionAsync(Scin, ct)).Refusal, "Contact suppression lifted", "reason", ct);

    public Task<IActionResult> OnPostRiskAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var recorded = await risks.RecordAsync(Scin, new(RiskKind, RiskNote), ct);
        if (recorded.Value?.ReferredToTeamLeader == true)
        {
            TempData["Success"] = "Risk recorded and referred to your team leader now";
        }

        return recorded.Refusal;
    }, "Risk recorded", "risk", ct);

    public Task<IActionResult> OnPostAddRepresentativeAsync(CancellationToken ct) => RunAsync(
        async () => (await representatives.SetUpAsync(Rep.ToRequest(Scin), ct)).Refusal, "Representative set up", "Rep.", ct);

    /// <summary>The representative whose change form was refused, so its errors show at that form.</summary>
    public string? ChangingTrn { get; private set; }

    /// <summary>A blank address on the change form takes the address away; an employer's form has no address fields.</summary>
    public Task<IActionResult> OnPostChangeRepresentativeAsync(string trn, CancellationToken ct) => RunAsync(async () =>
    {
        ChangingTrn = trn;
        var keepAddress = Rep.AddressLine1 is null && Rep.Postcode is null && !Request.Form.ContainsKey("Rep.AddressLine1");
        var request = new ChangeRepresentativeRequest(
            Rep.Name, Rep.PowerOfAttorney, keepAddress ? null : Rep.AddressLine1 ?? string.Empty, keepAddress ? null : Rep.Postcode ?? string.Empty);
        return (await representatives.ChangeAsync(trn, request, ct)).Refusal;
    }, "Representative changed", "Rep.", ct);

    public Task<IActionResult> OnPostRemoveRepresentativeAsync(string trn, CancellationToken ct) => RunAsync(
        async () => (await representatives.RemoveAsync(trn, new(Reason), ct)).Refusal, "Representative removed", "reason", ct);

    public Task<IActionResult> OnPostWelshCallBackAsync(CancellationToken ct) => RunAsync(
        async () => (await welsh.RequestAsync(new(Scin), ct)).Refusal, "Call-back passed to the Welsh language unit", "welsh", ct);

    public Task<IActionResult> OnPostArrangementAsync(CancellationToken ct) => RunAsync(
        async () => (await arrangements.RequestAsync(Scin, new(ArrangementKind, ArrangementLanguage, ArrangementNote), ct)).Refusal,
        "Request passed to your team", "Arrangement.", ct);

    private async Task<IActionResult> RunAsync(Func<Task<Refusal?>> command, string success, string errorPrefix, CancellationToken ct)
    {
        ModelState.Clear();
        if (await command() is { } refused)
        {
            if (refused is NotFound)
            {
                return NotFound();
            }

            refused.AddTo(ModelState, refused is InvalidInput && errorPrefix.EndsWith('.') ? errorPrefix : string.Empty);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        TempData["Success"] ??= success;
        return RedirectToPage(new { scin = Scin });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var client = await clients.GetAsync(Scin, ct);
        if (!client.IsSuccess)
        {
            return false;
        }

        Client = client.Value!;
        Letters = (await letters.ListAsync(Scin, ct)).Value ?? [];
        ServiceRequests = await history.ServiceRequestsAsync(Scin, ServiceRequestPage, ct);
        Calls = await history.CallsAsync(Scin, Client.Representatives.Select(r => r.Trn), ct);
        Compliments = await history.ComplimentsAsync(Scin, ct);
        TeamTasks = await teamTasks.ForPartyAsync(Scin, ct);
        if (MaySeeWhoLooked)
        {
            WhoLooked = await access.ForSubjectAsync(Scin, ct);
        }

        return true;
    }
}

/// <summary>The representative form; an individual gives PIN, password and seven questions, an employer its ERN only.</summary>
public sealed class RepresentativeForm
{
    public string? Name { get; set; }

    public bool? PowerOfAttorney { get; set; }

    public string? EmployerErn { get; set; }

    public string? AddressLine1 { get; set; }

    public string? Postcode { get; set; }

    public string? Pin { get; set; }

    public string? Password { get; set; }

    public List<string?> Questions { get; set; } = [.. Enumerable.Repeat<string?>(null, 7)];

    public List<string?> Answers { get; set; } = [.. Enumerable.Repeat<string?>(null, 7)];

    public SetUpRepresentativeRequest ToRequest(string scin)
    {
        var individual = string.IsNullOrWhiteSpace(EmployerErn);
        return new(Name, scin, PowerOfAttorney ?? false, individual ? null : EmployerErn,
            individual ? new SecuritySetUpInput(Pin, Password, [.. Questions.Zip(Answers, (q, a) => new SecurityQuestionAnswerInput(q, a))]) : null,
            AddressLine1, Postcode);
    }
}

/// <summary>The letter format form (COR-04).</summary>
public sealed class LetterFormatChoice
{
    public string? Format { get; set; }
}
