using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>The team leader's decision (EC-11): line by line, or all lines at once.</summary>
public sealed partial class EmployerComplaint
{
    /// <summary>
    /// Decides the named lines (all active lines when none are named). While some lines are undecided the plan stays
    /// with the team leader. When every line is decided: all approved → TL approval Y, the handler queues CMSL8501 and
    /// the close target becomes 19 working days of receipt; any rejected → TL approval N and the SR goes back to the
    /// caseworker to revise. Either way the lock is cleared and the caseworker keeps the SR.
    /// </summary>
    public Refusal? Decide(
        ServiceRequest sr, bool approve, string? comment, IReadOnlyCollection<int>? lineNumbers,
        IWorkingDayCalendar calendar, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.Decide) is { } refused)
        {
            return refused;
        }

        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            return InvalidInput.For("comment", "Say why the plan is rejected, so the caseworker can revise it.");
        }

        var active = ActiveLines.ToList();
        var named = lineNumbers is { Count: > 0 } ? lineNumbers.Distinct().ToList() : active.Select(l => l.Number).ToList();
        var unknown = named.Where(n => active.All(l => l.Number != n)).ToList();
        if (unknown.Count > 0)
        {
            return InvalidInput.For("lineIds", $"The plan has no active line {string.Join(", ", unknown)}.");
        }

        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        foreach (var line in active.Where(l => named.Contains(l.Number)))
        {
            line.Decide(approve ? LineDecision.Approved : LineDecision.Rejected, text);
        }

        var verdict = approve ? "approved" : "rejected";
        sr.AddNote($"Team leader {verdict} plan line{(named.Count == 1 ? string.Empty : "s")} {string.Join(", ", named)}{(text is null ? "." : $": {text}")}", by, at);
        Record(by, at, $"Plan lines {verdict}", null, string.Join(", ", named));
        if (active.Any(l => l.TlDecision is null))
        {
            return null;
        }

        var allApproved = active.All(l => l.TlDecision == LineDecision.Approved);
        TlApproval = allApproved ? EmployerComplaints.TlApproval.Approved : EmployerComplaints.TlApproval.Rejected;
        if (allApproved)
        {
            ApprovedRevision = Revision;
            var close = ComplaintDeadlines.CloseByAfterApproval(ReceivedOn, Region, calendar);
            CloseBy = close.Date;
            CloseRule = close.Rule;
            sr.ChangeTarget(close, by, at);
            sr.CompleteActivityIfOpen(Activities.AgreePlan, by, at);
        }
        else
        {
            RejectedRevision = Revision;
        }

        Seal(allApproved ? "Approved by the team leader" : "Rejected by the team leader", by, at, note: text);
        sr.LockForWorkflow(false, "Team leader decided", by, at);
        sr.Apply(ServiceRequestStatus.InProgress, SubStatuses.InProgress, by, at);
        Record(by, at, "TL approval", "Pending", allApproved ? "Y (inbox item Accepted)" : "N (inbox item Rejected)");
        return null;
    }
}
