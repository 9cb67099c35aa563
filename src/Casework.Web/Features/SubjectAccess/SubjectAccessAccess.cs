using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>Who may use the subject access routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class SubjectAccessAccess
{
    private const string SubjectAccessTeam = Casework.Domain.Common.StaffRoles.SubjectAccess;

    public static AccessTable Table { get; } = new()
    {
        // CON-05: a caseworker logs a request; the subject access team deals with it, and everything held on a person
        // leaves only through that team.
        { "POST /api/subject-access-requests", Who.Only(Caseworker) },
        { "GET /api/subject-access-requests", Who.Only(SubjectAccessTeam, TeamLeader, Caseworker) },
        { "GET /api/subject-access-requests/{reference}", Who.Only(SubjectAccessTeam, TeamLeader, Caseworker) },
        { "GET /api/subject-access-requests/{reference}/export", Who.Only(SubjectAccessTeam) },
        { "POST /api/subject-access-requests/{reference}/complete", Who.Only(SubjectAccessTeam) },
        { "GET /api/access-log", Who.Only(SubjectAccessTeam, TeamLeader) },
        { "PAGE /SubjectAccess/Index", Who.Only(SubjectAccessTeam, TeamLeader, Caseworker) },
        { "PAGE /SubjectAccess/Log", Who.Only(SubjectAccessTeam, TeamLeader, Caseworker) },
        { "POST /SubjectAccess/Log", Who.Only(Caseworker) },
        { "PAGE /SubjectAccess/Request", Who.Only(SubjectAccessTeam, TeamLeader, Caseworker) },
        { "GET /SubjectAccess/Request?handler=Export", Who.Only(SubjectAccessTeam) },
        { "POST /SubjectAccess/Request?handler=Complete", Who.Only(SubjectAccessTeam) },
    };
}
