using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Calls;

/// <summary>Who may use the call routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class CallAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "POST /api/calls/route", Who.AnyStaff },
        { "POST /api/calls", Who.Only(Caseworker) },
        { "POST /api/calls/{id:int}/security-answers", Who.Only(Caseworker) },
        { "GET /api/calls/{id:int}", Who.Only(Caseworker) },
        { "PAGE /Calls/Take", Who.Only(Caseworker) },
    };
}
