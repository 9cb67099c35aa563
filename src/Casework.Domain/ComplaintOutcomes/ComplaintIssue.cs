namespace Casework.Domain.ComplaintOutcomes;

/// <summary>One category/issue line of a complaint and how it was finalised (OUT-01/02).</summary>
public sealed class ComplaintIssue
{
    private ComplaintIssue()
    {
        Category = Issue = string.Empty;
    }

    internal ComplaintIssue(int number, string category, string issue)
    {
        Number = number;
        Category = category;
        Issue = issue;
    }

    public int Id { get; private set; }

    /// <summary>Position in the complaint, 1-based; the API's issue id.</summary>
    public int Number { get; private set; }

    public string Category { get; private set; }

    public string Issue { get; private set; }

    /// <summary>Null until the line is finalised.</summary>
    public IssueOutcome? Outcome { get; private set; }

    public string? FinalisedBy { get; private set; }

    public DateTimeOffset? FinalisedAt { get; private set; }

    internal void Finalise(IssueOutcome outcome, string by, DateTimeOffset at)
    {
        Outcome = outcome;
        FinalisedBy = by;
        FinalisedAt = at;
    }
}
