using Casework.Domain.Calendar;
using Casework.Domain.Common;

namespace Casework.Domain.ServiceRequests;

/// <summary>
/// A service request (SR-01): every change is a method that applies completely or returns a
/// refusal and changes nothing (SR-05); each change is recorded for the audit trail (SR-08).
/// </summary>
public sealed partial class ServiceRequest : IAudited
{
    private readonly List<Activity> _activities = [];
    private readonly List<Note> _notes = [];
    private readonly List<AuditRecord> _pendingAudit = [];

    private ServiceRequest()
    {
        Reference = Process = Area = SubArea = OwnerTeamCode = TargetRule = string.Empty;
        SubStatus = SubStatuses.Open;
    }

    public int Id { get; private set; }

    public string Reference { get; private set; }

    public string Process { get; private set; }

    public string Area { get; private set; }

    public string SubArea { get; private set; }

    public PartyKind PartyKind { get; private set; }

    public string? EmployerErn { get; private set; }

    public string? AgentEarn { get; private set; }

    public RaisedBy RaisedBy { get; private set; }

    public Channel Channel { get; private set; }

    public ServiceRequestStatus Status { get; private set; }

    public string SubStatus { get; private set; }

    public OwnerKind OwnerKind { get; private set; }

    public string? OwnerStaffNumber { get; private set; }

    public string? OwnerName { get; private set; }

    public string OwnerTeamCode { get; private set; }

    public bool AssignmentLocked { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateOnly TargetDate { get; private set; }

    public string TargetRule { get; private set; }

    /// <summary>
    /// The nation whose bank holidays its working days are counted in, fixed when it is raised (the employer's, the
    /// client's, or England and Wales), as its target date was; RPT-04 counts its age in the same nation.
    /// </summary>
    public Region Region { get; private set; }

    /// <summary>App-managed concurrency token: every change bumps it, a stale write is refused.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Activity> Activities => _activities;

    public IReadOnlyList<Note> Notes => _notes;

    public Owner Owner => new(OwnerKind, OwnerStaffNumber, OwnerName, OwnerTeamCode);

    public bool IsClosed => Status == ServiceRequestStatus.Closed;

    public string AuditSubject => Reference;

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    public IEnumerable<StatusTransition> AvailableTransitions(Actor actor) =>
        StatusTransitions.From(Status).Where(t => t.Roles.Any(actor.IsIn));

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }
}
