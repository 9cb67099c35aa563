using Casework.Domain.Security;
namespace Casework.Web.Data;

/// <summary>
/// SEC-09: one view of personal data — a client's record, a SAR export, a letter PDF or a security-check result — by
/// whom, when, of which subject, through which route or page. Append-only: the unit of work refuses to change or
/// delete a row (CaseworkDbContext.SaveChangesAsync).
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The member of staff's number, or the user name for a user without a staff record.</summary>
    public required string By { get; init; }

    public required string ByName { get; init; }

    /// <summary>What was seen: one of <see cref="AccessKinds"/>.</summary>
    public required string What { get; init; }

    /// <summary>The person or organisation it is about: SCIN, ERN, EARN or TRN.</summary>
    public required string Subject { get; init; }

    /// <summary>The item seen: the SCIN, a letter id, a SAR reference or a call id.</summary>
    public required string Item { get; init; }

    /// <summary>The method and path the view came through (<c>GET /api/clients/700000001</c>, <c>GET /Clients/700000001</c>).</summary>
    public required string Route { get; init; }
}

public static class AccessKinds
{
    public const string ClientRecord = "Client record";
    public const string SarExport = "Subject access export";
    public const string LetterDocument = "Letter document";
    public const string SecurityCheckResult = "Security check result";
}
