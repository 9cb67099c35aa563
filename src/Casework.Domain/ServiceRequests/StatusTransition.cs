using Casework.Domain.Common;

namespace Casework.Domain.ServiceRequests;

/// <summary>One legal move of the SR status machine (SR-05): the guard and the page's action list both read this table.</summary>
public sealed record StatusTransition(
    ServiceRequestStatus From,
    ServiceRequestStatus To,
    string SubStatus,
    string Label,
    IReadOnlyList<string> Roles)
{
    /// <summary>
    /// SR-12: a move that ends the SR (Closed / Completed or Closed / Cancelled) needs a reason, written to the
    /// audit trail; the page also asks for a confirmation before it applies one.
    /// </summary>
    public bool NeedsReason => To == ServiceRequestStatus.Closed;
}

public static class StatusTransitions
{
    private static readonly string[] _anyStaff =
        [StaffRoles.Caseworker, StaffRoles.TeamLeader, StaffRoles.EscalatedComplaints, StaffRoles.AccountManager];

    private static readonly string[] _teamLeader = [StaffRoles.TeamLeader];

    public static readonly IReadOnlyList<StatusTransition> Table =
    [
        new(ServiceRequestStatus.Open, ServiceRequestStatus.InProgress, SubStatuses.InProgress, "Start work", _anyStaff),
        new(ServiceRequestStatus.Open, ServiceRequestStatus.PendingAssignment, SubStatuses.PendingAssignment, "Send for assignment", _anyStaff),
        new(ServiceRequestStatus.Open, ServiceRequestStatus.Closed, SubStatuses.Cancelled, "Cancel", _anyStaff),
        new(ServiceRequestStatus.InProgress, ServiceRequestStatus.Wait, SubStatuses.Wait, "Wait for a reply", _anyStaff),
        new(ServiceRequestStatus.InProgress, ServiceRequestStatus.PendingAssignment, SubStatuses.PendingAssignment, "Send for assignment", _anyStaff),
        new(ServiceRequestStatus.InProgress, ServiceRequestStatus.PendingApproval, SubStatuses.PendingApprovalTL, "Send for team leader approval", _anyStaff),
        new(ServiceRequestStatus.InProgress, ServiceRequestStatus.Closed, SubStatuses.Completed, "Close", _anyStaff),
        new(ServiceRequestStatus.InProgress, ServiceRequestStatus.Closed, SubStatuses.Cancelled, "Cancel", _anyStaff),
        new(ServiceRequestStatus.Wait, ServiceRequestStatus.InProgress, SubStatuses.InProgress, "Resume work", _anyStaff),
        new(ServiceRequestStatus.Wait, ServiceRequestStatus.Closed, SubStatuses.Completed, "Close", _anyStaff),
        new(ServiceRequestStatus.Wait, ServiceRequestStatus.Closed, SubStatuses.Cancelled, "Cancel", _anyStaff),
        new(ServiceRequestStatus.PendingAssignment, ServiceRequestStatus.InProgress, SubStatuses.InProgress, "Start work", _anyStaff),
        new(ServiceRequestStatus.PendingAssignment, ServiceRequestStatus.Closed, SubStatuses.Cancelled, "Cancel", _teamLeader),
        new(ServiceRequestStatus.PendingApproval, ServiceRequestStatus.InProgress, SubStatuses.InProgress, "Return to caseworker", _teamLeader),
    ];

    public static StatusTransition? Find(ServiceRequestStatus from, ServiceRequestStatus to, string subStatus) =>
        Table.FirstOrDefault(t => t.From == from && t.To == to
            && string.Equals(t.SubStatus, subStatus, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<StatusTransition> From(ServiceRequestStatus from) => Table.Where(t => t.From == from);

    /// <summary>The sub-status a move to <paramref name="to"/> gets when the caller names none.</summary>
    public static string DefaultSubStatus(ServiceRequestStatus from, ServiceRequestStatus to) =>
        Table.FirstOrDefault(t => t.From == from && t.To == to)?.SubStatus ?? to.ToString();
}
