using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Staff;

/// <summary>Who may use the staff list routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class StaffAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/staff", Who.AnyStaff },
    };
}
