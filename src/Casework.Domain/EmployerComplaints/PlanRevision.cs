namespace Casework.Domain.EmployerComplaints;

/// <summary>
/// EC-12: one sealed revision of the plan — what it held when it was issued to the employer or sent to the team
/// leader. The history is what the team leader reads to see how often the plan has been revised, why (the employer's
/// answer and note, the team leader's comment) and what changed between revisions (<see cref="PlanChanges"/>).
/// </summary>
public sealed class PlanRevision
{
    private PlanRevision()
    {
        Event = By = Lines = string.Empty;
    }

    internal PlanRevision(
        int number, string @event, string by, DateTimeOffset at, string lines, IReadOnlyList<RevisionLine> snapshot, bool? employerAgrees, string? note)
    {
        Number = number;
        Event = @event;
        By = by;
        At = at;
        Snapshot = snapshot;
        Lines = lines;
        EmployerAgrees = employerAgrees;
        Note = note;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    /// <summary>What sealed it: issued by phone, issued by letter, sent for approval, approved, rejected.</summary>
    public string Event { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The plan's active lines at that moment, one per line of text.</summary>
    public string Lines { get; private set; }

    /// <summary>The same lines as data, so two revisions can be compared; null on revisions sealed before it was kept.</summary>
    public IReadOnlyList<RevisionLine>? Snapshot { get; private set; }

    /// <summary>EC-09/10: the employer's answer when it sealed this revision (true agrees, false rejects); null otherwise.</summary>
    public bool? EmployerAgrees { get; private set; }

    /// <summary>The employer's note with their answer, or the team leader's comment with a decision.</summary>
    public string? Note { get; private set; }
}
