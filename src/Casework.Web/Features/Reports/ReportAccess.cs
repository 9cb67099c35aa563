using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Reports;

/// <summary>Who may use the report routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class ReportAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/reports/complaint-trends", Who.Only(TeamLeader) },
        { "GET /api/reports/timeliness", Who.Only(TeamLeader) },
        { "GET /api/reports/outcomes", Who.Only(TeamLeader) },
        { "GET /api/reports/work-in-progress", Who.Only(TeamLeader) },
        { "PAGE /Reports/Index", Who.Only(TeamLeader) },
        { "PAGE /Reports/Report", Who.Only(TeamLeader) },
    };
}
