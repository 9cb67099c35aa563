namespace Casework.Domain.ServiceRequests;

/// <summary>Sub-statuses the procedures name (SR-05); each belongs to one status.</summary>
public static class SubStatuses
{
    public const string Open = nameof(Open);
    public const string InProgress = nameof(InProgress);
    public const string Wait = nameof(Wait);
    public const string PendingAssignment = nameof(PendingAssignment);
    public const string PendingApprovalTL = nameof(PendingApprovalTL);
    public const string Completed = nameof(Completed);
    public const string Cancelled = nameof(Cancelled);
}
