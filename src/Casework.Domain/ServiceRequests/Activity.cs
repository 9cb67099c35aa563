namespace Casework.Domain.ServiceRequests;

/// <summary>A line of the SR's activity plan (SR-04).</summary>
public sealed class Activity
{
    private Activity()
    {
        Name = string.Empty;
    }

    internal Activity(int number, string name)
    {
        Number = number;
        Name = name;
    }

    public int Id { get; private set; }

    /// <summary>Position in the plan, 1-based; the API's activity id.</summary>
    public int Number { get; private set; }

    public string Name { get; private set; }

    public bool Done { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneBy { get; private set; }

    internal void MarkDone(string by, DateTimeOffset at)
    {
        Done = true;
        DoneAt = at;
        DoneBy = by;
    }
}
