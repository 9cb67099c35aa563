namespace Casework.Domain.ServiceRequests;

/// <summary>A note on an SR (SR-01). Notes are never edited or removed.</summary>
public sealed class Note
{
    private Note()
    {
        Text = By = string.Empty;
    }

    internal Note(string text, string by, DateTimeOffset at)
    {
        Text = text;
        By = by;
        At = at;
    }

    public int Id { get; private set; }

    public string Text { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
