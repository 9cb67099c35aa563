using Casework.Web.Features.Employers;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>Raise an SR by choosing Process → Area → Sub Area from the catalogue (SR-02, SR-03).</summary>
public sealed class RaiseModel(ServiceRequestHandlers handlers, EmployerHandlers employers, AgentHandlers agents, Data.CaseworkDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ern { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Earn { get; set; }

    /// <summary>The call the SR is raised on, when it comes from "Take a call" (SEC-06).</summary>
    [BindProperty(SupportsGet = true)]
    public int? CallId { get; set; }

    /// <summary>SR-09: the client the SR is for.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scin { get; set; }

    /// <summary>SR-09: the representative raising it; the SR is for the client they act for.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Trn { get; set; }

    public bool ForClient => !string.IsNullOrEmpty(Scin);

    /// <summary>Who may raise an SR for this party (SR-01, SR-09).</summary>
    /// <remarks>Without a call, a client with no active representative can only have raised it themselves.</remarks>
    public IEnumerable<string> Raisers => ForClient
        ? CallId is null && string.IsNullOrEmpty(Trn) && Representatives.Count == 0
            ? [nameof(Domain.ServiceRequests.RaisedBy.Client)]
            : [nameof(Domain.ServiceRequests.RaisedBy.Client), nameof(Domain.ServiceRequests.RaisedBy.Representative)]
        : [nameof(Domain.ServiceRequests.RaisedBy.Employer), nameof(Domain.ServiceRequests.RaisedBy.Agent)];

    /// <summary>SR-09: a client is offered the client types; an employer or agent every employer and agent type (SR-03 refuses with the reason).</summary>
    public IEnumerable<ServiceRequestTypeDto> Offered => Types.Where(t => ForClient
        ? t.PartyKinds.Contains(Domain.ServiceRequests.PartyKind.Client)
        : t.PartyKinds.Any(k => k != Domain.ServiceRequests.PartyKind.Client));

    [BindProperty]
    public string? TypeKey { get; set; }

    [BindProperty]
    public string? RaisedBy { get; set; }

    [BindProperty]
    public string? Channel { get; set; } = "Phone";

    public IReadOnlyList<ServiceRequestTypeDto> Types { get; private set; } = [];

    public string? PartyName { get; private set; }

    /// <summary>SR-09: the client's active representatives, one of whom may have raised it when there is no call.</summary>
    public IReadOnlyList<(string Trn, string Name)> Representatives { get; private set; } = [];

    /// <summary>On a call the checked caller decides who raised it; otherwise the caseworker says, naming the representative.</summary>
    public bool ChoosesRepresentative => ForClient && CallId is null && Representatives.Count > 0;

    public string? BackHref => ForClient ? $"/Clients/{Scin}" : !string.IsNullOrEmpty(Ern) ? $"/Employers/{Ern}" : null;

    public static string Key(ServiceRequestTypeDto t) => $"{t.Process}|{t.Area}|{t.SubArea}";

    public bool HasError(string field) => ModelState[field]?.Errors.Count > 0;

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await LoadAsync(ct);
        RaisedBy ??= ForClient ? (string.IsNullOrEmpty(Trn) ? "Client" : "Representative") : string.IsNullOrEmpty(Earn) ? "Employer" : "Agent";
        return found ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parts = (TypeKey ?? string.Empty).Split('|');
        var request = new RaiseServiceRequestRequest(
            parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2), Ern, Earn, RaisedBy, Channel, CallId,
            Scin, Trn);
        var result = await handlers.RaiseAsync(request, ct);
        if (result.IsSuccess)
        {
            TempData["Success"] = $"Service request {result.Value!.Reference} raised";
            return RedirectToPage("/ServiceRequests/Details", new { reference = result.Value.Reference });
        }

        if (result.Refusal is Casework.Domain.Common.InvalidInput invalid && invalid.Errors.Keys.Any(k => k is "process" or "area" or "subArea"))
        {
            ModelState.AddModelError(nameof(TypeKey), "Choose the process, area and sub area.");
        }
        else if (result.Refusal is Casework.Domain.Common.RuleBroken broken)
        {
            // SR-03: the refusal is about the chosen type, so it is shown against that field.
            ModelState.AddModelError(nameof(TypeKey), broken.Reason);
        }
        else
        {
            result.Refusal!.AddTo(ModelState);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Types = await handlers.TypesAsync(ct);
        if (!string.IsNullOrEmpty(Trn) && string.IsNullOrEmpty(Scin))
        {
            Scin = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                db.Representatives.Where(r => r.Trn == Trn).Select(r => r.ActingForScin), ct);
        }

        if (ForClient)
        {
            PartyName = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                db.Clients.Where(c => c.Scin == Scin).Select(c => c.Name), ct);
            var active = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Representatives.Where(r => r.ActingForScin == Scin && r.Status == Domain.Clients.RepresentativeStatus.Active)
                    .OrderBy(r => r.Id).Select(r => new { r.Trn, r.Name }), ct);
            Representatives = [.. active.Select(r => (r.Trn, r.Name))];
        }
        else if (!string.IsNullOrEmpty(Ern))
        {
            PartyName = (await employers.GetAsync(Ern, ct)).Value?.Name;
        }
        else if (!string.IsNullOrEmpty(Earn))
        {
            PartyName = (await agents.GetAsync(Earn, ct)).Value?.Name;
        }

        return PartyName is not null;
    }
}
