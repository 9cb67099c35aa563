namespace Casework.Domain.ComplaintOutcomes;

/// <summary>OUT-03: the complaint's outcome follows from its lines alone, so it is computed, never entered.</summary>
public static class ComplaintOutcomeRule
{
    /// <summary>
    /// Derives the whole complaint's outcome from the outcomes of its category/issue lines (order does not matter):
    /// <list type="number">
    /// <item>no lines, or any line not yet final (null) → null: nothing is derived until every line is final;</item>
    /// <item>every line Withdrawn → <see cref="ComplaintOutcome.Withdrawn"/>;</item>
    /// <item>otherwise Withdrawn lines are ignored, and of the remaining lines:</item>
    /// <item>any Escalated → <see cref="ComplaintOutcome.Escalated"/> (the complaint goes on to Level 2);</item>
    /// <item>all Upheld → <see cref="ComplaintOutcome.Upheld"/>;</item>
    /// <item>none Upheld (all NotUpheld) → <see cref="ComplaintOutcome.NotUpheld"/>;</item>
    /// <item>some Upheld and some NotUpheld → <see cref="ComplaintOutcome.PartiallyUpheld"/>.</item>
    /// </list>
    /// Hence adding a Withdrawn line never changes a result that is not Withdrawn.
    /// </summary>
    public static ComplaintOutcome? Derive(IEnumerable<IssueOutcome?> lines)
    {
        var outcomes = lines.ToList();
        if (outcomes.Count == 0 || outcomes.Any(o => o is null))
        {
            return null;
        }

        var counted = outcomes.Where(o => o != IssueOutcome.Withdrawn).ToList();
        if (counted.Count == 0)
        {
            return ComplaintOutcome.Withdrawn;
        }

        if (counted.Contains(IssueOutcome.Escalated))
        {
            return ComplaintOutcome.Escalated;
        }

        var upheld = counted.Count(o => o == IssueOutcome.Upheld);
        return upheld == counted.Count ? ComplaintOutcome.Upheld
            : upheld == 0 ? ComplaintOutcome.NotUpheld
            : ComplaintOutcome.PartiallyUpheld;
    }
}
