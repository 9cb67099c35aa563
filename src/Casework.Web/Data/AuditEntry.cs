namespace Casework.Web.Data;

/// <summary>A row of the append-only audit trail (SR-08); written only by the unit of work.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public required string Subject { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }

    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

/// <summary>A named counter that hands out system references (ERN, EARN, SR reference).</summary>
public sealed class Counter
{
    public required string Name { get; set; }

    public long Value { get; set; }
}
