namespace Casework.Domain.ComplaintOutcomes;

/// <summary>
/// Whether a Level 2 complaint needs a written response (OUT-04) and, once sent, when and what it said.
/// <see cref="SentOn"/> and <see cref="Summary"/> are both set or both null, and only when <see cref="Required"/>.
/// </summary>
public sealed record WrittenResponse(bool Required, DateOnly? SentOn, string? Summary)
{
    public bool Sent => SentOn is not null;

    public override string ToString() =>
        !Required ? "Not required"
        : SentOn is { } sent ? $"Required; sent {sent:yyyy-MM-dd}: {Summary}"
        : "Required; not yet sent";
}

/// <summary>The complaint's finalisation (OUT-05): its summary, the feedback prepared when upheld, who and when.</summary>
public sealed record Finalisation(string Summary, string? Feedback, string By, DateTimeOffset At);
