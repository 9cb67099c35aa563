using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>Everything a complaint command could change on the complaint, by value, to prove a refusal changed nothing.</summary>
public sealed record PlanSnapshot(
    string? ResolutionCode,
    DateOnly? AcknowledgedOn,
    int Revision,
    bool RevisionSealed,
    bool? EmployerAgrees,
    TlApproval? TlApproval,
    int? ApprovedRevision,
    int? RejectedRevision,
    (bool IssuePlan, bool PlanAgreed, bool IssueClosureLetter) Flags,
    DateOnly AcknowledgeBy,
    string AcknowledgeRule,
    DateOnly CloseBy,
    string CloseRule,
    DateOnly? WaitUntil,
    string? WaitRule,
    (bool Acknowledgement, bool Close) Breached,
    bool CompensationPaid,
    DateTimeOffset? ClosedAt,
    int Version,
    int PendingAudit,
    string Lines,
    string Revisions)
{
    public static PlanSnapshot Of(EmployerComplaint c) => new(
        c.ResolutionCode,
        c.AcknowledgedOn,
        c.Revision,
        c.RevisionSealed,
        c.EmployerAgrees,
        c.TlApproval,
        c.ApprovedRevision,
        c.RejectedRevision,
        (c.IssuePlanFlag, c.PlanAgreedFlag, c.IssueClosureLetterFlag),
        c.AcknowledgeBy,
        c.AcknowledgeRule,
        c.CloseBy,
        c.CloseRule,
        c.WaitUntil,
        c.WaitRule,
        (c.AcknowledgementBreached, c.CloseBreached),
        c.CompensationPaid,
        c.ClosedAt,
        c.Version,
        c.PendingAudit.Count,
        string.Join('\n', c.Lines.Select(l =>
            $"{l} [{l.Status}, rev {l.AddedInRevision}, TL {l.TlDecision}: {l.TlComment}, done {l.DoneAt:O} by {l.DoneBy}]")),
        string.Join('\n', c.Revisions.Select(r => $"{r.Number} {r.Event} {r.By} {r.At:O}: {r.Lines}")));
}

/// <summary>The complaint and its SR together: a complaint command changes both or neither.</summary>
public sealed record ComplaintSnapshot(PlanSnapshot Complaint, ServiceRequestSnapshot Sr, DateOnly TargetDate, string TargetRule, string NoteTexts)
{
    public static ComplaintSnapshot Of(EmployerComplaint complaint, ServiceRequest sr) => new(
        PlanSnapshot.Of(complaint),
        ServiceRequestSnapshot.Of(sr),
        sr.TargetDate,
        sr.TargetRule,
        string.Join('\n', sr.Notes.Select(n => n.Text)));
}
