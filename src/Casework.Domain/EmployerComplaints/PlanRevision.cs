namespace Casework.Domain.EmployerComplaints;

/// <summary>
/// EC-12: one sealed revision of the plan — what it held when it was issued to the employer or sent to the team
/// leader. The history is what the team leader reads to see how often the plan has been revised.
/// </summary>
public sealed class PlanRevision
{
    private PlanRevision()
    {
        Event = By = Lines = string.Empty;
    }

    internal PlanRevision(int number, string @event, string by, DateTimeOffset at, string lines)
    {
        Number = number;
        Event = @event;
        By = by;
        At = at;
        Lines = lines;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    /// <summary>What sealed it: issued by phone, issued by letter, sent for approval, approved, rejected.</summary>
    public string Event { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The plan's active lines at that moment, one per line of text.</summary>
    public string Lines { get; private set; }
}
