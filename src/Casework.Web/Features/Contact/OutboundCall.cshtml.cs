using System.ComponentModel.DataAnnotations;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Govuk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Casework.Web.Features.Contact;

/// <summary>"Is an outbound call required?" for the changes just recorded on a client's case (CON-01…04).</summary>
public sealed class OutboundCallModel(OutboundCallDecisions decisions, TimeProvider time) : PageModel
{
    public const int Rows = 5;

    [BindProperty]
    public string? Scin { get; set; }

    [BindProperty]
    public List<ChangeRow> Changes { get; set; } = [];

    public OutboundCallDecisionDto? Decision { get; private set; }

    public static IReadOnlyList<(string Value, string Label)> Reasons { get; } =
        [.. Enum.GetNames<ContactReason>().Select(name => (name, Display.Words(name)))];

    public void OnGet()
    {
        var today = ServiceRequests.UkClock.Today(time);
        Changes = [.. Enumerable.Range(0, Rows).Select(_ => new ChangeRow { On = DateInput.From(today) })];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A row's date that is not a real date is shown against its boxes (the binder's error); nothing is decided.
        if (ModelState.IsValid)
        {
            var filled = Changes.Where(c => !string.IsNullOrWhiteSpace(c.Reason)).ToList();
            var result = await decisions.DecideAsync(
                new OutboundCallDecisionRequest(Scin, null, [.. filled.Select(c => new ContactChangeInput(c.Reason, c.On.Date, c.ClientAsked))]), ct);
            if (result.IsSuccess)
            {
                Decision = result.Value;
            }
            else
            {
                result.Refusal!.AddTo(ModelState);
            }
        }

        while (Changes.Count < Rows)
        {
            Changes.Add(new ChangeRow { On = DateInput.From(ServiceRequests.UkClock.Today(time)) });
        }

        return Page();
    }

    public sealed class ChangeRow
    {
        public string? Reason { get; set; }

        [Display(Name = "Completed on")]
        public DateInput On { get; set; } = DateInput.Empty;

        public bool ClientAsked { get; set; }
    }
}
