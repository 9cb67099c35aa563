using System.ComponentModel.DataAnnotations;
using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Features.Staff;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Compliments;

/// <summary>
/// OUT-06: record a compliment against the client or a member of staff, with what it was about, and list them
/// (filtered by member of staff or by words in what they were about). The form posts to the API's handler.
/// </summary>
public sealed class IndexModel(ComplimentHandlers handlers, CaseworkDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<ComplimentDto> Compliments { get; private set; } = [];

    public IReadOnlyList<StaffDto> Staff { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? StaffNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Against { get; set; }

    /// <summary>From the client page (<c>?clientScin=</c>): the form is for that client and the list is theirs.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ClientScin { get; set; }

    [BindProperty]
    public string? ComplimentedStaffNumber { get; set; }

    [BindProperty]
    public string? About { get; set; }

    [BindProperty]
    public string? Details { get; set; }

    [BindProperty]
    [Display(Name = "Date received")]
    public DateInput ReceivedOn { get; set; } = DateInput.Empty;

    public string? ErrorFor(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ReceivedOn = DateInput.From(UkClock.Today(time));
        Against ??= string.IsNullOrWhiteSpace(ClientScin) ? null : "Client";
        await LoadAsync(ct, ClientScin);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var isStaff = string.Equals(Against, "Staff", StringComparison.Ordinal);
        var isClient = string.Equals(Against, "Client", StringComparison.Ordinal);
        // The date's own error is reported below under the form's key, once.
        ModelState.Remove(nameof(ReceivedOn));
        var result = ReceivedOn.Problem("Date received") is { } problem
            ? Result<ComplimentDto>.Refused(InvalidInput.For("receivedOn", problem))
            : await handlers.RecordAsync(
                new RecordComplimentRequest(Against, isClient ? ClientScin : null, isStaff ? ComplimentedStaffNumber : null, About, Details, ReceivedOn.Date), ct);
        if (result.IsSuccess)
        {
            var c = result.Value!;
            TempData["Success"] = $"Compliment recorded against {(c.Staff is { } s ? $"{s.FirstName} ({s.Site}, {s.Team}, extension {s.Extension})" : $"client {c.ClientScin}")}";
            return RedirectToPage();
        }

        result.Refusal!.AddTo(ModelState, "Compliment.");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct, string? clientScin = null)
    {
        Staff = await StaffEndpoints.ListAsync(db, null, ct);
        Compliments = await handlers.ListAsync(StaffNumber, clientScin, Subject, ct);
    }
}
