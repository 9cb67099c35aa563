namespace Casework.Domain.ComplaintOutcomes;

/// <summary>How one category/issue line of a complaint is finalised (OUT-02).</summary>
public enum IssueOutcome
{
    Upheld,
    NotUpheld,
    Withdrawn,

    /// <summary>Level 1 only: the issue goes on to a Level 2 review.</summary>
    Escalated,
}

/// <summary>The whole complaint's outcome, derived from its lines (OUT-03).</summary>
public enum ComplaintOutcome
{
    Upheld,
    PartiallyUpheld,
    NotUpheld,
    Withdrawn,
    Escalated,
}
