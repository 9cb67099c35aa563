using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Calendar;

/// <summary>Who may use the calendar routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class CalendarAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/calendar/working-days/add", Who.AnyStaff },
    };
}
