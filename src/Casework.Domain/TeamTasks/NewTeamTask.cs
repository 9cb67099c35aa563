namespace Casework.Domain.TeamTasks;

/// <summary>
/// What a team task is about when it is made: the party, and the record it came from — the SR (a planned outbound call),
/// the call (a Welsh call-back on a passed security check) or the SAR. These are columns, so a duplicate is found by
/// kind, party and language, never by matching the wording of the reason.
/// </summary>
public sealed record NewTeamTask(TeamTaskKind Kind, string TeamCode, string PartyReference, string PartyName, string Reason, DateOnly DueOn)
{
    public string? ServiceRequestReference { get; init; }

    public string? SubjectAccessReference { get; init; }

    public int? CallId { get; init; }

    /// <summary>CON-07 interpretation and translation: the language the client needs.</summary>
    public string? Language { get; init; }

    /// <summary>A task for one caseworker (the case owner's planned outbound call): in their own inbox as well as the team's.</summary>
    public string? StaffNumber { get; init; }

    public string? StaffName { get; init; }
}
