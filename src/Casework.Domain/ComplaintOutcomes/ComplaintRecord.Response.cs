using Casework.Domain.Common;

namespace Casework.Domain.ComplaintOutcomes;

/// <summary>OUT-04/05: the written response of a Level 2 complaint, and the finalisation summary with its feedback.</summary>
public sealed partial class ComplaintRecord
{
    public bool? WrittenResponseRequired { get; private set; }

    public DateOnly? WrittenResponseSentOn { get; private set; }

    public string? WrittenResponseSummary { get; private set; }

    public string? FinalisationSummary { get; private set; }

    public string? Feedback { get; private set; }

    public string? FinalisationRecordedBy { get; private set; }

    public DateTimeOffset? FinalisationRecordedAt { get; private set; }

    /// <summary>Null until someone has said whether one is required.</summary>
    public WrittenResponse? WrittenResponse => WrittenResponseRequired is { } required
        ? new WrittenResponse(required, WrittenResponseSentOn, WrittenResponseSummary)
        : null;

    /// <summary>Null until the complaint is finalised.</summary>
    public Finalisation? Finalisation => FinalisationSummary is { } summary
        ? new Finalisation(summary, Feedback, FinalisationRecordedBy ?? string.Empty, FinalisationRecordedAt ?? default)
        : null;

    public bool IsFinalised => FinalisationSummary is not null;

    /// <summary>
    /// OUT-04: procedure 002 asks for a written response only of a Level 2 complaint, so a Level 1 complaint has none
    /// (422). Once sent, the date (not after <paramref name="today"/>) and a summary of what it said are recorded
    /// together. It may be corrected later, and each change is audited.
    /// </summary>
    public Refusal? RecordWrittenResponse(bool required, DateOnly? sentOn, string? summary, Actor by, DateTimeOffset at, DateOnly today)
    {
        if (MayNotRecord(by) is { } forbidden)
        {
            return forbidden;
        }

        if (Level != 2)
        {
            return new RuleBroken($"Complaint {Reference} is Level {Level}: a written response is recorded for Level 2 complaints only.");
        }

        summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (!required && (sentOn is not null || summary is not null))
        {
            return InvalidInput.For(sentOn is not null ? "sentOn" : "summary", "Leave the date sent and the summary empty when no written response is required.");
        }

        if ((sentOn is null) != (summary is null))
        {
            return sentOn is null
                ? InvalidInput.For("sentOn", "Enter the date the written response was sent.")
                : InvalidInput.For("summary", "Summarise what the written response said.");
        }

        if (sentOn > today)
        {
            return InvalidInput.For("sentOn", "The date sent must be today or in the past.");
        }

        var response = new WrittenResponse(required, sentOn, summary);
        if (response == WrittenResponse)
        {
            return null;
        }

        var before = WrittenResponse?.ToString();
        (WrittenResponseRequired, WrittenResponseSentOn, WrittenResponseSummary) = (required, sentOn, summary);
        Record(by, at, "Complaint written response recorded", before, response.ToString());
        return null;
    }

    /// <summary>
    /// OUT-05: the finalisation summary, once the outcome is derived (409 before). Procedure 002 prepares feedback
    /// "if the complaint is upheld": so an Upheld or PartiallyUpheld complaint needs feedback, and any other outcome
    /// takes none (both 422). It may be corrected, and each change is audited.
    /// </summary>
    public Refusal? Finalise(string summary, string? feedback, Actor by, DateTimeOffset at)
    {
        if (MayNotRecord(by) is { } forbidden)
        {
            return forbidden;
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            return InvalidInput.For("summary", "Enter the finalisation summary.");
        }

        if (Outcome is not { } outcome)
        {
            return new NotAllowedInState($"Complaint {Reference} has issues that are not final (or none): record every issue's outcome before finalising it.");
        }

        feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        var upheld = outcome is ComplaintOutcome.Upheld or ComplaintOutcome.PartiallyUpheld;
        if (upheld && feedback is null)
        {
            return new RuleBroken($"Complaint {Reference} is {outcome}: prepare the feedback for an upheld complaint before finalising it.");
        }

        if (!upheld && feedback is not null)
        {
            return new RuleBroken($"Complaint {Reference} is {outcome}: feedback is prepared only when a complaint is upheld or partially upheld.");
        }

        summary = summary.Trim();
        if (summary == FinalisationSummary && feedback == Feedback)
        {
            return null;
        }

        var before = Finalisation is { } was ? Describe(was.Summary, was.Feedback) : null;
        (FinalisationSummary, Feedback, FinalisationRecordedBy, FinalisationRecordedAt) = (summary, feedback, by.Label, at);
        Record(by, at, "Complaint finalised", before, Describe(summary, feedback));
        return null;
    }

    private static string Describe(string summary, string? feedback) =>
        feedback is null ? summary : $"{summary} | Feedback: {feedback}";
}
