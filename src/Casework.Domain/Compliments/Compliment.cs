using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.Organisation;

namespace Casework.Domain.Compliments;

/// <summary>
/// A compliment (OUT-06): recorded against the client or against a member of staff (referred to by first name, site,
/// team and extension at the time, as OUT-05 asks), with what it was about. A compliment is a fact once recorded:
/// it is never changed, so its audit record is written under the person it is recorded against.
/// </summary>
public sealed class Compliment : IAudited
{
    private readonly List<AuditRecord> _pendingAudit = [];

    private Compliment()
    {
        Subject = RecordedBy = string.Empty;
    }

    public int Id { get; private set; }

    public ComplimentAgainst Against { get; private set; }

    /// <summary>Set when recorded against a client.</summary>
    public string? ClientScin { get; private set; }

    public string? StaffNumber { get; private set; }

    public string? StaffFirstName { get; private set; }

    public string? StaffSite { get; private set; }

    public string? StaffTeam { get; private set; }

    public string? StaffExtension { get; private set; }

    /// <summary>What the compliment was about, in a few words ("Helpful call about a missed payment").</summary>
    public string Subject { get; private set; }

    /// <summary>Anything more the client said, if noted.</summary>
    public string? Details { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The member of staff praised, as they were when it was recorded; null for a compliment against a client.</summary>
    public StaffReference? Staff => StaffNumber is null
        ? null
        : new StaffReference(StaffNumber, StaffFirstName ?? string.Empty, StaffSite ?? string.Empty, StaffTeam ?? string.Empty, StaffExtension ?? string.Empty);

    public string AuditSubject => Against == ComplimentAgainst.Staff ? $"Staff {StaffNumber}" : $"Client {ClientScin}";

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    /// <summary>Against a client: <paramref name="clientScin"/> is theirs.</summary>
    public static Result<Compliment> AgainstClient(string clientScin, string subject, string? details, DateOnly receivedOn, Actor by, DateTimeOffset at, DateOnly today) =>
        string.IsNullOrWhiteSpace(clientScin)
            ? InvalidInput.For("clientScin", "Enter the SCIN of the client the compliment is recorded against.")
            : Record(ComplimentAgainst.Client, clientScin.Trim(), null, subject, details, receivedOn, by, at, today);

    /// <summary>Against a member of staff, referred to as they are at the time.</summary>
    public static Result<Compliment> AgainstStaff(StaffReference staff, string subject, string? details, DateOnly receivedOn, Actor by, DateTimeOffset at, DateOnly today) =>
        Record(ComplimentAgainst.Staff, null, staff, subject, details, receivedOn, by, at, today);

    private static Result<Compliment> Record(
        ComplimentAgainst against, string? scin, StaffReference? staff, string subject, string? details, DateOnly receivedOn, Actor by, DateTimeOffset at, DateOnly today)
    {
        if (!ComplaintLevels.MayRecord(by))
        {
            return new Forbidden("Only a caseworker, team leader or the escalated complaints team can record compliments.");
        }

        if (string.IsNullOrWhiteSpace(subject))
        {
            return InvalidInput.For("subject", "Enter what the compliment was about.");
        }

        if (receivedOn > today)
        {
            return InvalidInput.For("receivedOn", "The date received must be today or in the past.");
        }

        var recordedBy = by.Label;
        var compliment = new Compliment
        {
            Against = against,
            ClientScin = scin,
            StaffNumber = staff?.StaffNumber,
            StaffFirstName = staff?.FirstName,
            StaffSite = staff?.Site,
            StaffTeam = staff?.Team,
            StaffExtension = staff?.Extension,
            Subject = subject.Trim(),
            Details = string.IsNullOrWhiteSpace(details) ? null : details.Trim(),
            ReceivedOn = receivedOn,
            RecordedBy = recordedBy,
            RecordedAt = at,
        };
        compliment._pendingAudit.Add(new AuditRecord(at, recordedBy, "Compliment recorded", null,
            $"{compliment.Subject} ({(staff is null ? $"client {scin}" : staff.ToString())}), received {receivedOn:yyyy-MM-dd}"));
        return compliment;
    }
}
