using System.Globalization;
using Casework.Domain.Common;

namespace Casework.Domain.TeamTasks;

/// <summary>
/// Contact work that is not a service request but must be in a team's inbox: a SAR, a risk referral to the team leader,
/// a Welsh call-back, a CON-07 request, a planned outbound call. Open until a member of the team takes it; done with an
/// outcome note by whoever took it (<see cref="TeamTaskActions"/>). Every change is audited under <see cref="AuditSubject"/>.
/// </summary>
public sealed partial class TeamTask : IAudited
{
    public const int ReasonMaxLength = 2000;
    public const int OutcomeMaxLength = 2000;

    private readonly List<AuditRecord> _pendingAudit = [];

    private TeamTask()
    {
        TeamCode = PartyReference = PartyName = Rule = Reason = CreatedBy = string.Empty;
    }

    public long Id { get; private set; }

    public TeamTaskKind Kind { get; private set; }

    public TeamTaskStatus Status { get; private set; }

    public string TeamCode { get; private set; }

    /// <summary>Set when the task is a caseworker's own (the case owner's planned outbound call, CON-08).</summary>
    public string? StaffNumber { get; private set; }

    public string? StaffName { get; private set; }

    /// <summary>Only the team's team leaders may take it (<see cref="TeamTaskKindInfo.ForTeamLeader"/>); kept as a column for the inbox query.</summary>
    public bool ForTeamLeader { get; private set; }

    /// <summary>The SCIN or ERN the task is about.</summary>
    public string PartyReference { get; private set; }

    public string PartyName { get; private set; }

    public string? ServiceRequestReference { get; private set; }

    public string? SubjectAccessReference { get; private set; }

    public int? CallId { get; private set; }

    /// <summary>The requirement that made the task (CON-05…08, COR-05).</summary>
    public string Rule { get; private set; }

    public string? Language { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string? TakenByStaffNumber { get; private set; }

    /// <summary>"Carys Evans (100001)": who took it, while it is taken and after it is done.</summary>
    public string? TakenBy { get; private set; }

    public DateTimeOffset? TakenAt { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneBy { get; private set; }

    public string? Outcome { get; private set; }

    public int Version { get; private set; }

    /// <summary>The inbox's reference for the task; the database gives the number, so the unit of work writes the creation record after the insert.</summary>
    public string AuditSubject => SubjectFor(Id);

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    public static string SubjectFor(long id) => "TASK-" + id.ToString(CultureInfo.InvariantCulture);

    public bool IsTakenBy(Actor by) => Status != TeamTaskStatus.Open && string.Equals(TakenByStaffNumber, by.StaffNumber, StringComparison.Ordinal);

    public static TeamTask Create(NewTeamTask n, string createdBy, DateTimeOffset at)
    {
        var kind = TeamTaskKinds.Of(n.Kind);
        var task = new TeamTask
        {
            Kind = n.Kind,
            Status = TeamTaskStatus.Open,
            TeamCode = n.TeamCode,
            StaffNumber = n.StaffNumber,
            StaffName = n.StaffName,
            ForTeamLeader = kind.ForTeamLeader,
            PartyReference = n.PartyReference,
            PartyName = n.PartyName,
            ServiceRequestReference = n.ServiceRequestReference,
            SubjectAccessReference = n.SubjectAccessReference,
            CallId = n.CallId,
            Rule = kind.Rule,
            Language = n.Language is null ? null : NormaliseLanguage(n.Language),
            Reason = Clip(n.Reason, ReasonMaxLength),
            CreatedAt = at,
            CreatedBy = createdBy,
            DueOn = n.DueOn,
        };
        task.Record(createdBy, at, "Team task created", null,
            $"{kind.Label} for {n.PartyName} ({n.PartyReference}), team {n.TeamCode}, due {Text(n.DueOn)} ({kind.Rule})");
        return task;
    }

    /// <summary>"polish " and "Polish" are one language: trimmed, first letter capital, the rest as typed in lower case.</summary>
    public static string NormaliseLanguage(string language)
    {
        var trimmed = string.Join(' ', language.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..].ToLowerInvariant();
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;

    private static string Text(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private void Record(string by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by, action, before, after));
        Version++;
    }
}
