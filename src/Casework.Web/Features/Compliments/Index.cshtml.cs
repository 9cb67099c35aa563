using System.Globalization;
using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Features.Staff;
using Casework.Web.Infrastructure;
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
    public string? ReceivedOn { get; set; }

    public string? ErrorFor(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ReceivedOn = UkClock.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Against ??= string.IsNullOrWhiteSpace(ClientScin) ? null : "Client";
        await LoadAsync(ct, ClientScin);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var isStaff = string.Equals(Against, "Staff", StringComparison.Ordinal);
        var isClient = string.Equals(Against, "Client", StringComparison.Ordinal);
        var result = TryDate(ReceivedOn, out var receivedOn)
            ? await handlers.RecordAsync(
                new RecordComplimentRequest(Against, isClient ? ClientScin : null, isStaff ? ComplimentedStaffNumber : null, About, Details, receivedOn), ct)
            : Result<ComplimentDto>.Refused(InvalidInput.For("receivedOn", "Enter the date received as a real date."));
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

    /// <summary>Empty is no date (the handler asks for one); anything else must be a real yyyy-MM-dd date.</summary>
    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private async Task LoadAsync(CancellationToken ct, string? clientScin = null)
    {
        Staff = await StaffEndpoints.ListAsync(db, null, ct);
        Compliments = await handlers.ListAsync(StaffNumber, clientScin, Subject, ct);
    }
}
