namespace Casework.Domain.ComplaintOutcomes;

/// <summary>A remedy a complaint can be closed with (OUT-04).</summary>
public sealed record ComplaintRemedy(string Code, string Label);

/// <summary>
/// The configured list of remedies (OUT-04; the procedure's "Remedies to be recorded in Cuba"). Data, not code:
/// a remedy is chosen by its code, and the list is what pages and the API offer.
/// </summary>
public static class ComplaintRemedies
{
    public static readonly IReadOnlyList<ComplaintRemedy> All =
    [
        new("Apology", "Apology"),
        new("Explanation", "Explanation"),
        new("CorrectiveAction", "Corrective action"),
        new("FinancialRedress", "Financial redress"),
        new("Refund", "Refund"),
        new("NoRemedy", "No remedy"),
    ];

    public static ComplaintRemedy? Find(string? code) =>
        All.FirstOrDefault(r => string.Equals(r.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
