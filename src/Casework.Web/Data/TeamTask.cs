namespace Casework.Web.Data;

/// <summary>What a <see cref="TeamTask"/> asks the team to do.</summary>
public enum TeamTaskKind
{
    /// <summary>CON-05: a logged subject access request for the subject access team.</summary>
    SubjectAccessRequest,

    /// <summary>CON-06: a threat of suicide, referred to the team leader at once.</summary>
    RiskReferral,

    /// <summary>COR-05: a Welsh speaker owed a call-back by the Welsh language unit.</summary>
    WelshCallBack,

    /// <summary>CON-07: a face-to-face meeting, interpretation or translation the client asked for.</summary>
    ContactArrangement,

    /// <summary>CON-08: the one outbound call planned after a client's change(s) of circumstances; its due date moves with the burst.</summary>
    OutboundCall,
}

/// <summary>
/// Contact work that is not a service request but must appear in a team's inbox: a SAR, a risk referral to the team
/// leader, a Welsh call-back. Done when the team has dealt with it; kept for the trail.
/// </summary>
public sealed class TeamTask
{
    public long Id { get; set; }

    public TeamTaskKind Kind { get; set; }

    public required string TeamCode { get; set; }

    /// <summary>Set when the task is a caseworker's own (the case owner's planned outbound call, CON-08): in their inbox, not only the team's.</summary>
    public string? StaffNumber { get; set; }

    public string? StaffName { get; set; }

    /// <summary>Set when only team leaders may take the task (a risk referral, CON-06).</summary>
    public bool ForTeamLeader { get; set; }

    /// <summary>The SCIN or ERN the task is about.</summary>
    public required string PartyReference { get; set; }

    public required string PartyName { get; set; }

    /// <summary>The record the task links to (the SAR reference); null when the party's page is the link.</summary>
    public string? Reference { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset? DoneAt { get; set; }
}
