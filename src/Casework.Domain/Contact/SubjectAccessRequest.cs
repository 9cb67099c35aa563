using System.Globalization;
using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Organisation;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Contact;

public enum SubjectAccessStatus
{
    Logged,
    Completed,
}

/// <summary>What the caseworker enters when a SAR arrives; <paramref name="Region"/> is the subject's (CON-05 fee).</summary>
public sealed record LogSubjectAccessRequest(string Reference, string SubjectReference, DateOnly ReceivedOn, bool ReceivedInWriting, Region Region);

/// <summary>
/// A subject access request (CON-05, 004): logged, passed to the subject access team, and due within 40 calendar
/// days of receipt — calendar days, not working days (CAL-01). No fee may be asked in Northern Ireland.
/// </summary>
public sealed class SubjectAccessRequest : IAudited
{
    public const int DueWithinCalendarDays = 40;

    private readonly List<AuditRecord> _pendingAudit = [];

    private SubjectAccessRequest()
    {
        Reference = SubjectReference = DueRule = TeamCode = LoggedBy = string.Empty;
    }

    public int Id { get; private set; }

    public string Reference { get; private set; }

    /// <summary>The SCIN (or other reference) of the person whose information is asked for.</summary>
    public string SubjectReference { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string DueRule { get; private set; }

    public Region Region { get; private set; }

    /// <summary>False in Northern Ireland (004: "There is no SAR fee for Northern Ireland").</summary>
    public bool FeeApplies { get; private set; }

    /// <summary>Always the subject access team (<see cref="TeamCodes.SubjectAccess"/>).</summary>
    public string TeamCode { get; private set; }

    public SubjectAccessStatus Status { get; private set; }

    public string LoggedBy { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public int Version { get; private set; }

    public Deadline Due => new(DueOn, DueRule);

    public Owner Owner => Owner.ForTeam(TeamCode);

    public string AuditSubject => Reference;

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    public static DateOnly DueDate(DateOnly receivedOn) => receivedOn.AddDays(DueWithinCalendarDays);

    public static bool FeeAppliesIn(Region region) => region != Region.NorthernIreland;

    public static Result<SubjectAccessRequest> Log(LogSubjectAccessRequest request, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(request.SubjectReference))
        {
            return InvalidInput.For("subjectReference", "Enter the SCIN of the person the request is about.");
        }

        if (request.ReceivedOn > DateOnly.FromDateTime(at.DateTime))
        {
            return InvalidInput.For("receivedOn", "The date received cannot be in the future.");
        }

        if (!request.ReceivedInWriting)
        {
            return new RuleBroken("CON-05: a subject access request must be made in writing; ask the client to write in.");
        }

        var due = DueDate(request.ReceivedOn);
        var sar = new SubjectAccessRequest
        {
            Reference = request.Reference,
            SubjectReference = request.SubjectReference.Trim(),
            ReceivedOn = request.ReceivedOn,
            DueOn = due,
            DueRule = $"CON-05: {DueWithinCalendarDays} calendar days after receipt on {Text(request.ReceivedOn)}.",
            Region = request.Region,
            FeeApplies = FeeAppliesIn(request.Region),
            TeamCode = TeamCodes.SubjectAccess,
            Status = SubjectAccessStatus.Logged,
            LoggedBy = by.Label,
            LoggedAt = at,
        };
        sar.Record(by, at, "Subject access request logged", null, $"Received {Text(sar.ReceivedOn)}, due {Text(due)}, team {sar.TeamCode}");
        return sar;
    }

    /// <summary>The information has been released to the subject; only the subject access team does this.</summary>
    public Refusal? Complete(Actor by, DateTimeOffset at)
    {
        if (!by.IsIn(StaffRoles.SubjectAccess))
        {
            return new Forbidden("Only the subject access team can complete a subject access request.");
        }

        if (Status == SubjectAccessStatus.Completed)
        {
            return new NotAllowedInState($"Subject access request {Reference} is already completed.");
        }

        Status = SubjectAccessStatus.Completed;
        CompletedAt = at;
        Record(by, at, "Subject access request completed", nameof(SubjectAccessStatus.Logged), nameof(SubjectAccessStatus.Completed));
        return null;
    }

    /// <summary>Calendar days until the due date; negative once overdue.</summary>
    public int DaysLeft(DateOnly today) => DueOn.DayNumber - today.DayNumber;

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }
}
