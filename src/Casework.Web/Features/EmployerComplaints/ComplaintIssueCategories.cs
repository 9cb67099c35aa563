using System.Text.Json;

namespace Casework.Web.Features.EmployerComplaints;

public sealed record ComplaintIssueCategory(string Code, string Name);

/// <summary>
/// EC-16: the issue categories a complaint is logged under, data in Data/Seed/complaint-issue-categories.json, so adding
/// one is a data change. The six-month rule (EC-02) and the trends report (RPT-01) compare these codes.
/// </summary>
public static class ComplaintIssueCategories
{
    private static readonly Lazy<IReadOnlyList<ComplaintIssueCategory>> _all = new(Load);

    public static IReadOnlyList<ComplaintIssueCategory> All => _all.Value;

    public static ComplaintIssueCategory? Find(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<ComplaintIssueCategory> Load()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "complaint-issue-categories.json"));
        return JsonSerializer.Deserialize<List<ComplaintIssueCategory>>(stream, Infrastructure.Letters.LetterOutbox.Json) ?? [];
    }
}
