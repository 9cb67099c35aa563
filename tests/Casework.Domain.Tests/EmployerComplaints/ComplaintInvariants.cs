using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>
/// What must hold after every step of any run (issue 4): a closed complaint has every line done and its flags set;
/// Pending Approval always has the lock set; an approved plan's lines are the ones the team leader saw; redress never
/// closes without approval; a refused command changes nothing. It remembers what the team leader was shown.
/// </summary>
public sealed class ComplaintInvariants(ComplaintCase c)
{
    private string? _seenByTeamLeader;
    private int _seenRevision;
    private int _redressPaid;
    private bool _lockedByHand;

    /// <summary>The lines as the team leader reads them: number, type, description, payment and revision — not their progress.</summary>
    private static string PlanAsShown(EmployerComplaint complaint) =>
        string.Join('\n', complaint.ActiveLines.Select(l => $"{l} (revision {l.AddedInRevision})"));

    private static bool Approved(PlanSnapshot p) => p.TlApproval == TlApproval.Approved && p.ApprovedRevision == p.Revision;

    /// <summary>Checks the step that turned <paramref name="before"/> into the present state; returns the present state.</summary>
    public ComplaintSnapshot After(ComplaintMove step, ComplaintSnapshot before, Refusal? refusal)
    {
        var complaint = c.Complaint;
        var sr = c.Sr;
        var after = c.Snapshot();

        if (refusal is not null || before.Sr.Status == ServiceRequestStatus.Closed)
        {
            // A refused command, or anything at all once the complaint is closed, changes nothing.
            Assert.Equal(before, after);
        }
        else if (step.Command is not PassTimeCommand)
        {
            Assert.True(after.Complaint.Version + after.Sr.Version > before.Complaint.Version + before.Sr.Version, "a change went unrecorded");
        }

        // SR-08: every change is in the audit trail, and the version counts them.
        Assert.Equal(complaint.Version, complaint.PendingAudit.Count);
        Assert.Equal(sr.Version, sr.PendingAudit.Count);
        AssertStatusMovesAreInTheTable(before, sr);

        if (complaint.Stage == ComplaintStage.Review)
        {
            // EC-03: the escalated complaints team works a review; the resolution commands never touch it.
            Assert.Equal(before.Complaint, after.Complaint);
            return after;
        }

        if (before.Sr.Status != ServiceRequestStatus.PendingApproval && sr.Status == ServiceRequestStatus.PendingApproval)
        {
            _seenByTeamLeader = PlanAsShown(complaint);
            _seenRevision = complaint.Revision;
        }

        AssertPendingApprovalIsLocked(complaint, sr);
        AssertLockIsTheWorkflowsOrByHand(step, before, refusal, sr);
        AssertApprovedPlanIsTheOneShown(complaint, sr);
        AssertRedressIsPaidOnlyOnAnApprovedPlan(before, complaint);
        AssertClosedMeansDone(complaint, sr);

        if (sr.Status == ServiceRequestStatus.Wait)
        {
            Assert.True(complaint.WaitUntil is not null && complaint.IssuePlanFlag, "waiting without a plan letter");
        }

        Assert.All(complaint.Revisions, r => Assert.InRange(r.Number, 1, complaint.Revision));
        Assert.All(complaint.Lines, l => Assert.InRange(l.AddedInRevision, 1, complaint.Revision));
        return after;
    }

    private static void AssertPendingApprovalIsLocked(EmployerComplaint complaint, ServiceRequest sr)
    {
        if (sr.Status != ServiceRequestStatus.PendingApproval)
        {
            Assert.NotEqual(TlApproval.Pending, complaint.TlApproval);
            return;
        }

        // EC-10: the lock stays on while the team leader decides.
        Assert.True(sr.AssignmentLocked, "Pending Approval without the assignment lock");
        Assert.Equal((SubStatuses.PendingApprovalTL, TlApproval.Pending), (sr.SubStatus, complaint.TlApproval));
    }

    /// <summary>Outside Pending Approval the lock is on only if a team leader set it by hand (SR-06); the decision clears it.</summary>
    private void AssertLockIsTheWorkflowsOrByHand(ComplaintMove step, ComplaintSnapshot before, Refusal? refusal, ServiceRequest sr)
    {
        if (refusal is null && step.Command is SrLockCommand lockCommand)
        {
            _lockedByHand = lockCommand.Locked;
        }

        if (before.Sr.Status == ServiceRequestStatus.PendingApproval && sr.Status != ServiceRequestStatus.PendingApproval)
        {
            _lockedByHand = false;
        }

        Assert.Equal(sr.Status == ServiceRequestStatus.PendingApproval || _lockedByHand, sr.AssignmentLocked);
    }

    private void AssertApprovedPlanIsTheOneShown(EmployerComplaint complaint, ServiceRequest sr)
    {
        if (sr.Status == ServiceRequestStatus.PendingApproval)
        {
            Assert.Equal(_seenByTeamLeader, PlanAsShown(complaint));
        }

        if (!complaint.PlanApproved)
        {
            return;
        }

        // EC-11/12: approval stands only for the revision the team leader was shown, line for line.
        Assert.Equal((_seenRevision, _seenRevision), (complaint.Revision, complaint.ApprovedRevision));
        Assert.Equal(_seenByTeamLeader, PlanAsShown(complaint));
        Assert.All(complaint.ActiveLines, l => Assert.Equal(LineDecision.Approved, l.TlDecision));
    }

    private void AssertRedressIsPaidOnlyOnAnApprovedPlan(ComplaintSnapshot before, EmployerComplaint complaint)
    {
        var paid = complaint.ActiveLines.Count(l => l.IsRedress && l.Status == PlanLineStatus.Done);
        Assert.Equal(paid > 0, complaint.CompensationPaid);
        if (paid > _redressPaid)
        {
            // EC-13: compensation is paid only on a plan the team leader approved as it stood.
            Assert.True(Approved(before.Complaint), "redress paid on a plan the team leader had not approved");
        }

        _redressPaid = paid;
    }

    private static void AssertClosedMeansDone(EmployerComplaint complaint, ServiceRequest sr)
    {
        Assert.Equal(sr.IsClosed, complaint.ClosedAt is not null);
        if (sr.SubStatus == SubStatuses.Cancelled)
        {
            // EC-05: only a complaint never accepted closes as invalid, so it has no plan.
            Assert.Equal(ResolutionCodes.Invalid, complaint.ResolutionCode);
            Assert.Empty(complaint.Lines);
        }

        if (sr.SubStatus != SubStatuses.Completed)
        {
            Assert.False(complaint.IssueClosureLetterFlag);
            return;
        }

        // EC-14: every line done, the three flags set, every activity complete; EC-13: redress closes only approved.
        Assert.NotEmpty(complaint.ActiveLines);
        Assert.All(complaint.ActiveLines, l => Assert.Equal(PlanLineStatus.Done, l.Status));
        Assert.Equal((true, true, true), (complaint.IssuePlanFlag, complaint.PlanAgreedFlag, complaint.IssueClosureLetterFlag));
        Assert.All(sr.Activities, a => Assert.True(a.Done, a.Name));
        Assert.Equal(ResolutionCodes.Resolved, complaint.ResolutionCode);
        Assert.True(!complaint.HasRedress || complaint.PlanApproved, "a plan with redress closed without the team leader's approval");
    }

    /// <summary>SR-05: each status move the step made is a row of the status table.</summary>
    private static void AssertStatusMovesAreInTheTable(ComplaintSnapshot before, ServiceRequest sr)
    {
        foreach (var move in sr.PendingAudit.Skip(before.Sr.PendingAudit).Where(a => a.Action == "Status changed"))
        {
            var (from, _) = Parse(move.Before!);
            var (to, sub) = Parse(move.After!);
            Assert.True(StatusTransitions.Find(from, to, sub) is not null, $"{move.Before} → {move.After} is not in the status table");
        }
    }

    private static (ServiceRequestStatus Status, string SubStatus) Parse(string text)
    {
        // SR-12: a move with a reason reads "Closed / Cancelled (reason: …)".
        var parts = text.Split(" (reason: ")[0].Split(" / ");
        return (Enum.Parse<ServiceRequestStatus>(parts[0]), parts[1]);
    }
}
