using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>The employer's answer to the plan and the team leader's approval (EC-09…EC-12).</summary>
public sealed partial class EmployerComplaint
{
    /// <summary>
    /// EC-09/10: the employer's answer. Agreed: the flags are set. Rejected: the plan goes to the team leader —
    /// Pending Approval / Pending Approval TL with the assignment locked.
    /// </summary>
    public Refusal? RecordResponse(ServiceRequest sr, bool agrees, string? note, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.RecordResponse) is { } refused)
        {
            return refused;
        }

        if (!ActiveLines.Any())
        {
            return new RuleBroken($"The resolution plan of complaint {Reference} has no lines for the employer to answer.");
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            sr.AddNote($"Employer {(agrees ? "agrees" : "rejects")} the resolution plan: {note.Trim()}", by, at);
        }

        var before = EmployerAgrees?.ToString() ?? "Not answered";
        EmployerAgrees = agrees;
        WaitUntil = null;
        WaitRule = null;
        if (sr.Status == ServiceRequestStatus.Wait)
        {
            sr.Apply(ServiceRequestStatus.InProgress, SubStatuses.InProgress, by, at);
        }

        Record(by, at, "Employer agrees plan", before, agrees ? "Y" : "N");
        if (agrees)
        {
            PlanAgreedFlag = true;
            IssuePlanFlag = true;
            Seal("Agreed by the employer", by, at, employerAgrees: true, note);
            sr.CompleteActivityIfOpen(Activities.AgreePlan, by, at);
            return null;
        }

        SendForApproval(sr, "Rejected by the employer; sent for team leader approval", by, at, employerAgrees: false, note);
        return null;
    }

    /// <summary>EC-11/13: a plan with redress, or a plan revised after the team leader decided on it, goes for approval.</summary>
    public Refusal? SubmitForApproval(ServiceRequest sr, Actor by, DateTimeOffset at)
    {
        if (Check(sr, by, ComplaintStep.SubmitForApproval) is { } refused)
        {
            return refused;
        }

        if (!ActiveLines.Any())
        {
            return new RuleBroken($"The resolution plan of complaint {Reference} has no lines to approve.");
        }

        if (PlanApproved)
        {
            return new RuleBroken($"The team leader has already approved revision {Revision} of this plan.");
        }

        if (TlApproval == EmployerComplaints.TlApproval.Rejected && Revision == RejectedRevision)
        {
            return new RuleBroken("The team leader rejected this revision: change its lines before sending it back.");
        }

        // Whatever stops its lines being done (AwaitsApproval) is what lets it go: a plan the team leader has decided
        // on once, approved or rejected, needs approval again once revised (EC-12).
        if (!AwaitsApproval)
        {
            return new RuleBroken("This plan has no financial redress and has not been to the team leader: it does not need approval.");
        }

        SendForApproval(sr, "Sent for team leader approval", by, at);
        return null;
    }

    private void SendForApproval(ServiceRequest sr, string @event, Actor by, DateTimeOffset at, bool? employerAgrees = null, string? note = null)
    {
        Seal(@event, by, at, employerAgrees, note);
        var before = TlApproval?.ToString() ?? "None";
        TlApproval = EmployerComplaints.TlApproval.Pending;
        foreach (var line in _lines)
        {
            line.ClearDecision();
        }

        sr.Apply(ServiceRequestStatus.PendingApproval, SubStatuses.PendingApprovalTL, by, at);
        // EC-10: the lock keeps the case group where it is while the team leader decides.
        sr.LockForWorkflow(true, "Awaiting team leader approval", by, at);
        Record(by, at, "TL approval requested", before, $"Pending (revision {Revision})");
    }
}
