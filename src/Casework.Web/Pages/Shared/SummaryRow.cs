namespace Casework.Web.Pages.Shared;

/// <summary>One row of a GOV.UK summary list, rendered by _SummaryRow.cshtml.</summary>
/// <param name="Key">What the row is, e.g. "Employer reference number".</param>
/// <param name="Value">The answer; empty shows "Not known".</param>
/// <param name="ChangeHref">Optional link to change the answer; its hidden text names the row for screen readers.</param>
public sealed record SummaryRow(string Key, string? Value, string? ChangeHref = null);
