using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Auth;

/// <summary>Who may use the sign-in routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class AuthAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "POST /api/auth/login", Who.Anyone },
        { "POST /api/auth/logout", Who.AnyStaff },
        { "PAGE /Auth/Login", Who.Anyone },
        { "PAGE /Auth/Logout", Who.Anyone },
        { "PAGE /Auth/Denied", Who.AnyStaff },
    };
}
