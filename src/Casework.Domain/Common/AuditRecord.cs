namespace Casework.Domain.Common;

/// <summary>One change to an aggregate, as the append-only trail shows it (SR-08).</summary>
public sealed record AuditRecord(DateTimeOffset At, string By, string Action, string? Before, string? After);

/// <summary>An aggregate that records its own changes; the unit of work writes them in the same transaction.</summary>
public interface IAudited
{
    string AuditSubject { get; }

    IReadOnlyList<AuditRecord> PendingAudit { get; }

    void ClearPendingAudit();
}
