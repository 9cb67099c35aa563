using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Letters;

/// <summary>Who may use the letter routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class LetterAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/letters", Who.AnyStaff },
        { "POST /api/letters", Who.Only(Caseworker, TeamLeader, EscalatedComplaints) },
        { "GET /api/letters/{id:int}/document", Who.AnyStaff },
        { "POST /api/letters/{id:int}/cancel", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/letters/{id:int}/reissue", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/letters/batch", Who.Only(TeamLeader) },
        { "PAGE /Letters/Index", Who.Only(TeamLeader) },
    };
}
