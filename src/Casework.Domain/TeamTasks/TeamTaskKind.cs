namespace Casework.Domain.TeamTasks;

/// <summary>What a <see cref="TeamTask"/> asks the team to do; stored as its name.</summary>
public enum TeamTaskKind
{
    /// <summary>CON-05: a logged subject access request for the subject access team; done when the request is completed.</summary>
    SubjectAccessRequest,

    /// <summary>CON-06: a threat of suicide, referred to the team leader at once.</summary>
    RiskReferral,

    /// <summary>COR-05: a Welsh speaker owed a call-back by the Welsh language unit.</summary>
    WelshCallBack,

    /// <summary>CON-07: a face-to-face meeting the client asked for; the team leader decides whether it is appropriate.</summary>
    FaceToFace,

    /// <summary>CON-07: an interpreter in the client's language.</summary>
    Interpretation,

    /// <summary>CON-07: written contact translated into the client's language.</summary>
    Translation,

    /// <summary>CON-08: the one outbound call planned after a client's change(s) of circumstances; its due date moves with the burst.</summary>
    OutboundCall,
}

/// <summary>What the inbox and the task page call a kind, the rule that makes it, and who may work it.</summary>
/// <param name="ForTeamLeader">Only the team's team leaders may take it (CON-06 referral, CON-07 face-to-face).</param>
/// <param name="DoneWithItsRecord">Done when its own record is (a SAR, on its page), never through <see cref="TeamTaskActions"/>.</param>
public sealed record TeamTaskKindInfo(TeamTaskKind Kind, string Label, string Rule, bool ForTeamLeader, bool DoneWithItsRecord);

public static class TeamTaskKinds
{
    public static readonly IReadOnlyList<TeamTaskKindInfo> All =
    [
        new(TeamTaskKind.SubjectAccessRequest, "Subject access request", "CON-05", false, true),
        new(TeamTaskKind.RiskReferral, "Threat of suicide: refer now", "CON-06", true, false),
        new(TeamTaskKind.WelshCallBack, "Call back in Welsh", "COR-05", false, false),
        new(TeamTaskKind.FaceToFace, "Face-to-face meeting requested", "CON-07", true, false),
        new(TeamTaskKind.Interpretation, "Interpreter requested", "CON-07", false, false),
        new(TeamTaskKind.Translation, "Translation requested", "CON-07", false, false),
        new(TeamTaskKind.OutboundCall, "Planned outbound call", "CON-08", false, false),
    ];

    public static TeamTaskKindInfo Of(TeamTaskKind kind) => All.First(k => k.Kind == kind);

    /// <summary>The CON-07 kinds: what a client may ask for, one open request per kind and language.</summary>
    public static readonly IReadOnlyList<TeamTaskKind> ContactArrangements = [TeamTaskKind.FaceToFace, TeamTaskKind.Interpretation, TeamTaskKind.Translation];
}
