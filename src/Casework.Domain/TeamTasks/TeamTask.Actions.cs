using Casework.Domain.Common;

namespace Casework.Domain.TeamTasks;

public sealed partial class TeamTask
{
    /// <summary>A member of the team takes the task: it moves to their own inbox.</summary>
    public Refusal? Take(Actor by, DateTimeOffset at)
    {
        var allowed = TeamTaskActions.Check(this, TeamTaskAction.Take, by);
        if (!allowed.IsSuccess)
        {
            return allowed.Refusal;
        }

        Status = allowed.Value!.To;
        TakenByStaffNumber = by.StaffNumber;
        TakenBy = by.Label;
        TakenAt = at;
        Record(by.Label, at, "Team task taken", nameof(TeamTaskStatus.Open), $"Taken by {by.Label}");
        return null;
    }

    /// <summary>Whoever took the task (or a team leader) gives it back to the team's inbox.</summary>
    public Refusal? Release(Actor by, DateTimeOffset at)
    {
        var allowed = TeamTaskActions.Check(this, TeamTaskAction.Release, by);
        if (!allowed.IsSuccess)
        {
            return allowed.Refusal;
        }

        var before = $"Taken by {TakenBy}";
        Status = allowed.Value!.To;
        TakenByStaffNumber = TakenBy = null;
        TakenAt = null;
        Record(by.Label, at, "Team task given back", before, "Open in the team's inbox");
        return null;
    }

    /// <summary>Whoever took the task records what was done; the outcome note is required.</summary>
    public Refusal? Done(string? outcome, Actor by, DateTimeOffset at)
    {
        if (OutcomeError(outcome) is { } invalid)
        {
            return invalid;
        }

        var allowed = TeamTaskActions.Check(this, TeamTaskAction.Done, by);
        if (!allowed.IsSuccess)
        {
            return allowed.Refusal;
        }

        Finish(allowed.Value!.To, outcome!.Trim(), by.Label, at);
        return null;
    }

    /// <summary>
    /// A task done with its own record (a SAR, CON-05) is done when that record is completed, whoever holds the task;
    /// this is the record's rule, not a row of <see cref="TeamTaskActions"/>.
    /// </summary>
    public void DoneWithItsRecord(string outcome, Actor by, DateTimeOffset at)
    {
        if (Status != TeamTaskStatus.Done)
        {
            Finish(TeamTaskStatus.Done, outcome, by.Label, at);
        }
    }

    /// <summary>CON-08/CON-03: a later change in the same burst moves the one planned call to its SR, due date and owner.</summary>
    public void Replan(string serviceRequestReference, DateOnly dueOn, string rule, string teamCode, string? staffNumber, string? staffName, string by, DateTimeOffset at)
    {
        var before = $"Call due {Text(DueOn)} for {ServiceRequestReference}";
        ServiceRequestReference = serviceRequestReference;
        DueOn = dueOn;
        Reason = Clip(rule, ReasonMaxLength);
        TeamCode = teamCode;
        StaffNumber = staffNumber;
        StaffName = staffName;
        Record(by, at, "Team task moved", before, $"Call due {Text(dueOn)} for {serviceRequestReference}");
    }

    public static InvalidInput? OutcomeError(string? outcome) => string.IsNullOrWhiteSpace(outcome)
        ? InvalidInput.For("outcome", "Enter what was done (the outcome).")
        : outcome.Trim().Length > OutcomeMaxLength
            ? InvalidInput.For("outcome", $"The outcome must be {OutcomeMaxLength} characters or fewer.")
            : null;

    private void Finish(TeamTaskStatus to, string outcome, string by, DateTimeOffset at)
    {
        var before = Status == TeamTaskStatus.Taken ? $"Taken by {TakenBy}" : nameof(TeamTaskStatus.Open);
        Status = to;
        DoneAt = at;
        DoneBy = by;
        Outcome = Clip(outcome, OutcomeMaxLength);
        Record(by, at, "Team task done", before, $"Done: {Outcome}");
    }
}
