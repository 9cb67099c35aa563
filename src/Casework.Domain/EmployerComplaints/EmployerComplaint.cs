using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.EmployerComplaints;

/// <summary>
/// An employer's payment-related complaint (procedure 000, EC-01…EC-15). It lives beside its SR and shares its
/// reference: the complaint holds the plan, flags and deadlines; the SR holds status, owner, activities and notes.
/// Each command checks everything first and then changes both together, so a refusal changes nothing.
/// The state machine is written out in README.md.
/// </summary>
public sealed partial class EmployerComplaint : IAudited
{
    private readonly List<PlanLine> _lines = [];
    private readonly List<PlanRevision> _revisions = [];
    private readonly List<AuditRecord> _pendingAudit = [];

    private EmployerComplaint()
    {
        Reference = EmployerErn = Issue = Description = ReferralSource = AcknowledgeRule = CloseRule = LoggedBy = string.Empty;
    }

    public int Id { get; private set; }

    public string Reference { get; private set; }

    public string EmployerErn { get; private set; }

    public Calendar.Region Region { get; private set; }

    public ComplaintStage Stage { get; private set; }

    public string Issue { get; private set; }

    /// <summary>EC-16: the code of the configured issue category; null for complaints logged without one.</summary>
    public string? IssueCategory { get; private set; }

    /// <summary>EC-16: why the caseworker logged it at another stage than the one proposed; null when the proposal stood.</summary>
    public string? StageOverrideReason { get; private set; }

    public string Description { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>EC-04: where the complaint came from (letter, e-mail, helpline call, outbound call, TL referral).</summary>
    public string ReferralSource { get; private set; }

    public string? ReferralReason { get; private set; }

    public string LoggedBy { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    public string? ResolutionCode { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    public int Revision { get; private set; }

    /// <summary>True once the current revision was issued, agreed or sent for approval: the next edit starts a new one (EC-12).</summary>
    public bool RevisionSealed { get; private set; }

    public bool? EmployerAgrees { get; private set; }

    public TlApproval? TlApproval { get; private set; }

    public int? ApprovedRevision { get; private set; }

    public int? RejectedRevision { get; private set; }

    public bool IssuePlanFlag { get; private set; }

    public bool PlanAgreedFlag { get; private set; }

    public bool IssueClosureLetterFlag { get; private set; }

    public DateOnly AcknowledgeBy { get; private set; }

    public string AcknowledgeRule { get; private set; }

    public DateOnly CloseBy { get; private set; }

    public string CloseRule { get; private set; }

    public DateOnly? WaitUntil { get; private set; }

    public string? WaitRule { get; private set; }

    public bool AcknowledgementBreached { get; private set; }

    public bool CloseBreached { get; private set; }

    /// <summary>EC-13: compensation was paid; the complaint can close and no escalation about it is possible.</summary>
    public bool CompensationPaid { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<PlanLine> Lines => _lines;

    public IReadOnlyList<PlanRevision> Revisions => _revisions;

    public IEnumerable<PlanLine> ActiveLines => _lines.Where(l => l.IsActive);

    public bool HasRedress => ActiveLines.Any(l => l.IsRedress);

    /// <summary>EC-11/13: the team leader approved the plan as it stands now.</summary>
    public bool PlanApproved => TlApproval == EmployerComplaints.TlApproval.Approved && ApprovedRevision == Revision;

    /// <summary>The number of times the plan has been revised after it first went to the employer (EC-12).</summary>
    public int RevisionCount => Revision - 1;

    public string AuditSubject => Reference;

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }

    /// <summary>The guard of every command: its role and the statuses it may start from come from <see cref="ComplaintActions.Table"/>.</summary>
    private Refusal? Check(ServiceRequest sr, Actor by, ComplaintStep step)
    {
        var action = ComplaintActions.For(step);
        if (!by.IsIn(action.Role))
        {
            return new Forbidden(action.Role == StaffRoles.TeamLeader
                ? "Only a team leader can decide on a resolution plan."
                : "Only a caseworker can work an employer complaint.");
        }

        if (sr.Reference != Reference)
        {
            throw new InvalidOperationException($"Complaint {Reference} was given service request {sr.Reference}.");
        }

        if (Stage != ComplaintStage.Resolution)
        {
            return new NotAllowedInState($"Complaint {Reference} is at Review: the escalated complaints team works it.");
        }

        return action.From.Contains(sr.Status)
            ? null
            : new NotAllowedInState($"Complaint {Reference} is {Describe(sr)}: this cannot be done now.");
    }

    private static string Describe(ServiceRequest sr) => sr.Status switch
    {
        ServiceRequestStatus.Open => "not yet accepted as valid",
        ServiceRequestStatus.Wait => "waiting for the employer's reply to the plan letter",
        ServiceRequestStatus.PendingApproval => "waiting for the team leader's approval",
        ServiceRequestStatus.Closed => "closed",
        _ => sr.Status.ToString(),
    };

    /// <summary>Seals the current revision into the history with what sealed it and the note that came with it (EC-12).</summary>
    private void Seal(string @event, Actor by, DateTimeOffset at, bool? employerAgrees = null, string? note = null)
    {
        RevisionSealed = true;
        _revisions.Add(new PlanRevision(
            Revision, @event, by.Label, at, string.Join('\n', ActiveLines.Select(l => l.ToString())),
            [.. ActiveLines.Select(RevisionLine.Of)], employerAgrees, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }

    /// <summary>The first edit after a seal starts a new revision; an agreement or approval of the old one no longer stands.</summary>
    private void OpenRevision(Actor by, DateTimeOffset at)
    {
        if (!RevisionSealed)
        {
            return;
        }

        Revision++;
        RevisionSealed = false;
        EmployerAgrees = null;
        PlanAgreedFlag = false;
        foreach (var line in _lines)
        {
            line.ClearDecision();
        }

        Record(by, at, "Resolution plan revised", $"Revision {Revision - 1}", $"Revision {Revision}");
    }
}
