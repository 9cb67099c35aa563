using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.TeamTasks;

/// <summary>
/// Who may use the team task routes and pages (SEC-10). The team's caseworkers and team leaders work its tasks; the
/// domain then checks the team and the actions table (a member of another team, or a caseworker on a task for the team
/// leader, gets a 403 from there). The subject access team's tasks follow their SARs, so that role has no line here.
/// </summary>
public static class TeamTaskAccess
{
    private static readonly Who Team = Who.Only(Caseworker, TeamLeader);

    public static AccessTable Table { get; } = new()
    {
        { "GET /api/team-tasks/{id:long}", Team },
        { "POST /api/team-tasks/{id:long}/take", Team },
        { "POST /api/team-tasks/{id:long}/done", Team },
        { "POST /api/team-tasks/{id:long}/release", Team },
        { "PAGE /TeamTasks/Details", Team },
    };
}
