using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Employers;

/// <summary>Who may use the employer and agent routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class EmployerAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "POST /api/employers", Who.Only(Caseworker, TeamLeader) },
        { "GET /api/employers/{ern}", Who.AnyStaff },
        { "GET /api/employers", Who.AnyStaff },
        { "POST /api/employers/{ern}/letter-format", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/employers/{ern}/contact-suppression", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/employers/{ern}/identity-email", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/agents", Who.Only(Caseworker, TeamLeader) },
        { "GET /api/agents/{earn}", Who.AnyStaff },
        { "PAGE /Employers/Index", Who.AnyStaff },
        { "PAGE /Employers/Details", Who.AnyStaff },
        { "POST /Employers/Details?handler=IdentityEmail", Who.Only(Caseworker, TeamLeader) },
    };
}
