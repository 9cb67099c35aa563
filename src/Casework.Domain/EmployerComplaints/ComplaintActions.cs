using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>The commands of a Resolution complaint (procedure 000), in journey order.</summary>
public enum ComplaintStep
{
    AcceptAsValid,
    CloseAsInvalid,
    Decide,
    Close,
    MarkLineDone,
    SubmitForApproval,
    RecordResponse,
    IssuePlan,
    AddLine,
    WithdrawLine,
}

/// <summary>
/// One command of the complaint workflow: who may give it, from which SR statuses, when the page offers it, and when it
/// is the next step. The guard (<see cref="EmployerComplaint"/>'s commands) reads <see cref="Role"/> and
/// <see cref="From"/>; the page reads <see cref="ComplaintActions.Offered"/>; the commands still check their own rules
/// and refuse with the reason (422), so an action the page does not offer is refused the same way through the API.
/// </summary>
public sealed record ComplaintAction(
    ComplaintStep Step,
    string Label,
    string Role,
    IReadOnlyList<ServiceRequestStatus> From,
    string Rule,
    Func<EmployerComplaint, ServiceRequest, bool> Offered,
    Func<EmployerComplaint, ServiceRequest, bool> IsNext);

public static class ComplaintActions
{
    private static readonly ServiceRequestStatus[] _open = [ServiceRequestStatus.Open];
    private static readonly ServiceRequestStatus[] _inProgress = [ServiceRequestStatus.InProgress];
    private static readonly ServiceRequestStatus[] _inProgressOrWait = [ServiceRequestStatus.InProgress, ServiceRequestStatus.Wait];
    private static readonly ServiceRequestStatus[] _pendingApproval = [ServiceRequestStatus.PendingApproval];

    private static bool Always(EmployerComplaint c, ServiceRequest sr) => true;

    private static bool Never(EmployerComplaint c, ServiceRequest sr) => false;

    private static bool HasLines(EmployerComplaint c) => c.ActiveLines.Any();

    private static bool HasOpenLines(EmployerComplaint c) => c.ActiveLines.Any(l => l.Status == PlanLineStatus.Open);

    private static bool RejectedAsItStands(EmployerComplaint c) =>
        c.TlApproval == TlApproval.Rejected && c.RejectedRevision == c.Revision;

    /// <summary>Activity 2: the employer agreed, or the wait for their reply ended (EC-07/09).</summary>
    private static bool PlanSettled(ServiceRequest sr) =>
        sr.Activities.Any(a => a.Number == EmployerComplaint.Activities.AgreePlan && a.Done);

    /// <summary>Journey order: when several actions are offered, the first whose <c>IsNext</c> holds is the next step.</summary>
    public static readonly IReadOnlyList<ComplaintAction> Table =
    [
        new(ComplaintStep.AcceptAsValid, "Accept as valid", StaffRoles.Caseworker, _open, "EC-06", Always, Always),
        new(ComplaintStep.CloseAsInvalid, "Close as invalid", StaffRoles.Caseworker, _open, "EC-05", Always, Never),
        new(ComplaintStep.Decide, "Decide on the plan", StaffRoles.TeamLeader, _pendingApproval, "EC-11",
            (c, _) => HasLines(c), Always),
        new(ComplaintStep.Close, "Close the complaint", StaffRoles.Caseworker, _inProgress, "EC-14",
            (c, sr) => HasLines(c) && !HasOpenLines(c) && PlanSettled(sr), Always),
        new(ComplaintStep.MarkLineDone, "Mark a plan line done", StaffRoles.Caseworker, _inProgress, "EC-13",
            (c, _) => HasOpenLines(c) && !c.AwaitsApproval, (_, sr) => PlanSettled(sr)),
        new(ComplaintStep.SubmitForApproval, "Send for team leader approval", StaffRoles.Caseworker, _inProgress, "EC-11",
            (c, _) => HasLines(c) && c.AwaitsApproval && !RejectedAsItStands(c), Always),
        new(ComplaintStep.RecordResponse, "Record the employer's answer", StaffRoles.Caseworker, _inProgressOrWait, "EC-09/10",
            (c, sr) => HasLines(c) && (sr.Status == ServiceRequestStatus.Wait || (c.EmployerAgrees != true && !RejectedAsItStands(c))),
            (c, sr) => sr.Status == ServiceRequestStatus.Wait || c.RevisionSealed),
        new(ComplaintStep.IssuePlan, "Issue the plan to the employer", StaffRoles.Caseworker, _inProgress, "EC-07",
            (c, _) => HasLines(c) && !c.RevisionSealed && c.EmployerAgrees is null, Always),
        new(ComplaintStep.AddLine, "Add a line to the plan", StaffRoles.Caseworker, _inProgress, "EC-12",
            Always, (c, _) => !HasLines(c) || RejectedAsItStands(c)),
        new(ComplaintStep.WithdrawLine, "Withdraw a plan line", StaffRoles.Caseworker, _inProgress, "EC-12",
            (c, _) => HasOpenLines(c), Never),
    ];

    public static ComplaintAction For(ComplaintStep step) => Table.First(a => a.Step == step);

    /// <summary>
    /// The actions the complaint offers in its state, the next step first, for any role (a Review complaint offers
    /// none: the escalated complaints team works it outside this workflow).
    /// </summary>
    public static IReadOnlyList<ComplaintAction> Offered(EmployerComplaint complaint, ServiceRequest sr)
    {
        if (complaint.Stage != ComplaintStage.Resolution)
        {
            return [];
        }

        var offered = Table.Where(a => a.From.Contains(sr.Status) && a.Offered(complaint, sr)).ToList();
        var next = offered.FirstOrDefault(a => a.IsNext(complaint, sr));
        return next is null ? offered : [next, .. offered.Where(a => a != next)];
    }
}
