using Casework.Domain.Common;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Clients;

/// <summary>
/// Record a new client (P-03, P-07): name, role, address, phone and preferred language; the system assigns the SCIN.
/// Posts to the same handler as <c>POST /api/clients</c>, so the page and the API refuse the same input.
/// </summary>
public sealed class CreateModel(ClientRegistry clients) : PageModel
{
    /// <summary>The error summary links <c>Client.name</c> to the input with id <c>Client_name</c>.</summary>
    public const string Prefix = "Client.";

    [BindProperty]
    public NewClientForm Client { get; set; } = new();

    public string? ErrorFor(string field) => ModelState[Prefix + field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var created = await clients.CreateAsync(Client.ToRequest(), ct);
        if (!created.IsSuccess)
        {
            created.Refusal!.AddTo(ModelState, created.Refusal is Domain.Common.InvalidInput ? Prefix : string.Empty);
            return Page();
        }

        TempData["Success"] = $"Client recorded with SCIN {created.Value!.Scin}";
        return RedirectToPage("/Clients/Details", new { scin = created.Value.Scin });
    }
}

/// <summary>What the create form posts; the field names are those of the API request.</summary>
public sealed class NewClientForm
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? AddressLine1 { get; set; }

    public string? Postcode { get; set; }

    public string? Region { get; set; }

    public string? Phone { get; set; }

    public string? PreferredLanguage { get; set; }

    public CreateClientRequest ToRequest() => new(Name, Role, AddressLine1, Postcode, Region, Phone, PreferredLanguage);
}
