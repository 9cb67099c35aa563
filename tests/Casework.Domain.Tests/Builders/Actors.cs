using Casework.Domain.Common;
using Casework.Domain.Organisation;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.Builders;

/// <summary>The people who act on service requests in tests, named for what they may do.</summary>
public static class Actors
{
    public const string HomeTeam = TeamCodes.EmployerPayments;
    public const string OtherTeam = TeamCodes.EscalatedComplaints;

    /// <summary>A caseworker in the employer payments team.</summary>
    public static Actor Caseworker { get; } = Staff("CW001", "Casey Worker", HomeTeam, StaffRoles.Caseworker);

    /// <summary>A second caseworker in the same team, so ownership can be someone else's.</summary>
    public static Actor AnotherCaseworker { get; } = Staff("CW002", "Alex Other", HomeTeam, StaffRoles.Caseworker);

    /// <summary>A caseworker in another team, whose team queue is not the home team's.</summary>
    public static Actor CaseworkerInAnotherTeam { get; } = Staff("CW003", "Robin Elsewhere", OtherTeam, StaffRoles.Caseworker);

    /// <summary>The home team's team leader.</summary>
    public static Actor TeamLeader { get; } = Staff("TL001", "Terry Leader", HomeTeam, StaffRoles.TeamLeader);

    public static Actor WithRoles(params string[] roles) => Staff("ST999", "Sam Roles", HomeTeam, roles);

    public static Actor Staff(string staffNumber, string name, string teamCode, params string[] roles) =>
        new(staffNumber, name, teamCode, new HashSet<string>(roles, StringComparer.Ordinal));

    public static Owner AsOwner(this Actor actor) => Owner.ForStaff(actor.StaffNumber, actor.Name, actor.TeamCode);
}
