using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.Builders;

/// <summary>Everything a command could change, compared by value, to prove a refusal changed nothing (SR-05).</summary>
public sealed record ServiceRequestSnapshot(
    ServiceRequestStatus Status,
    string SubStatus,
    Owner Owner,
    bool AssignmentLocked,
    int Version,
    string ActivitiesDone,
    int Notes,
    int PendingAudit,
    DateTimeOffset? ClosedAt)
{
    public static ServiceRequestSnapshot Of(ServiceRequest sr) => new(
        sr.Status,
        sr.SubStatus,
        sr.Owner,
        sr.AssignmentLocked,
        sr.Version,
        string.Concat(sr.Activities.Select(a => a.Done ? 'x' : '.')),
        sr.Notes.Count,
        sr.PendingAudit.Count,
        sr.ClosedAt);
}
