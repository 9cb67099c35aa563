using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>Working the plan to the end and closing the complaint (EC-13, EC-14), and the deadline flags (EC-08).</summary>
public sealed partial class EmployerComplaint
{
    /// <summary>
    /// A plan that has redress, or one the team leader has been asked to decide on, cannot be worked until the team
    /// leader approves it as it stands now (EC-11, EC-13).
    /// </summary>
    public bool AwaitsApproval => !PlanApproved && (HasRedress || TlApproval is not null);

    public Refusal? MarkLineDone(ServiceRequest sr, int number, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.MarkLineDone) is { } refused)
        {
            return refused;
        }

        var line = _lines.FirstOrDefault(l => l.Number == number);
        if (line is null)
        {
            return new NotFound($"Complaint {Reference} has no plan line {number}.");
        }

        if (line.Status != PlanLineStatus.Open)
        {
            return new NotAllowedInState($"Plan line {number} is already {line.Status.ToString().ToLowerInvariant()}.");
        }

        if (AwaitsApproval)
        {
            return new RuleBroken(HasRedress
                ? "This plan includes financial redress: the team leader must approve it before any line is done."
                : "The team leader has not approved this revision of the plan: send it for approval first.");
        }

        line.MarkDone(by.Label, at);
        Record(by, at, "Resolution plan line done", line.ToString(), "Done");
        if (line.IsRedress && !CompensationPaid)
        {
            CompensationPaid = true;
            Record(by, at, "Compensation paid", null, $"£{line.Financial!.Amount:0.00}; no further escalation about the amount");
        }

        if (ActiveLines.All(l => l.Status == PlanLineStatus.Done))
        {
            sr.CompleteActivityIfOpen(Activities.CompletePlan, by, at);
        }

        return null;
    }

    /// <summary>
    /// EC-14: every line done and every other activity complete; the flags are set, the closure-letter activity is
    /// done and the SR is Closed / Completed. The handler queues CMSL8502 with the chosen paragraph and the free text.
    /// </summary>
    public Refusal? Close(ServiceRequest sr, ClosureParagraph paragraph, string freeText, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.Close) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(freeText))
        {
            return InvalidInput.For("freeText", "Write the closure letter's text: the actions taken and, if needed, an explanation and apology.");
        }

        if (!ActiveLines.Any())
        {
            return new RuleBroken("A complaint closes when its resolution plan is done; one resolved by an apology is closed as invalid.");
        }

        var openLines = ActiveLines.Where(l => l.Status != PlanLineStatus.Done).Select(l => l.Number).ToList();
        if (openLines.Count > 0)
        {
            return new NotAllowedInState($"It cannot close: plan line{(openLines.Count == 1 ? string.Empty : "s")} {string.Join(", ", openLines)} not done.");
        }

        if (HasRedress && !PlanApproved)
        {
            return new RuleBroken("A plan with financial redress closes only after the team leader approves it.");
        }

        var openActivities = sr.OpenActivitiesExcept(Activities.ClosureLetter);
        if (openActivities.Count > 0)
        {
            return new NotAllowedInState($"It cannot close: still open: {string.Join(", ", openActivities)}.");
        }

        IssuePlanFlag = PlanAgreedFlag = IssueClosureLetterFlag = true;
        ResolutionCode = ResolutionCodes.Resolved;
        ClosedAt = at;
        CloseBreached |= UkDate(at) > CloseBy;
        sr.AddNote($"Complaint closed ({paragraph}): {freeText.Trim()}", by, at);
        sr.CompleteActivityIfOpen(Activities.ClosureLetter, by, at);
        sr.Apply(ServiceRequestStatus.Closed, SubStatuses.Completed, by, at);
        Record(by, at, "Complaint closed", null, "Issue plan Y, plan agreed Y, issue closure letter Y");
        return null;
    }

    /// <summary>EC-06/08: sets the breach flags once a deadline has passed; returns true when a flag was raised.</summary>
    public bool FlagBreaches(bool closed, DateOnly today, Actor system, DateTimeOffset at)
    {
        var changed = false;
        if (!AcknowledgementBreached && AcknowledgedOn is null && !closed && today > AcknowledgeBy)
        {
            AcknowledgementBreached = changed = true;
            Record(system, at, "Deadline breached", AcknowledgeRule, $"Not acknowledged by {AcknowledgeBy:yyyy-MM-dd}");
        }

        if (!CloseBreached && !closed && today > CloseBy)
        {
            CloseBreached = changed = true;
            Record(system, at, "Deadline breached", CloseRule, $"Not closed by {CloseBy:yyyy-MM-dd}");
        }

        return changed;
    }

    /// <summary>Working days left to <see cref="CloseBy"/>; negative when overdue.</summary>
    public int DaysLeft(DateOnly today, Calendar.IWorkingDayCalendar calendar) =>
        CloseBy >= today ? calendar.CountWorkingDays(today, CloseBy, Region) : -calendar.CountWorkingDays(CloseBy, today, Region);

    private static DateOnly UkDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, UkZone).DateTime);

    private static readonly TimeZoneInfo UkZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
