using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Errors;

/// <summary>Who may use the error routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class ErrorAccess
{
    public static AccessTable Table { get; } = new()
    {
        // OPS-05: an unknown /api path is a 404 problem and an error page shows, signed in or not.
        { "* /api/{*path:nonfile}", Who.Anyone },
        { "PAGE /Errors/Status", Who.Anyone },
        { "PAGE /Index", Who.AnyStaff },
    };
}
