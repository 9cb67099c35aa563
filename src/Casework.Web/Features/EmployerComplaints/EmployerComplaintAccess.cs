using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>Who may use the employer complaint routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class EmployerComplaintAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/resolution-types", Who.AnyStaff },
        { "GET /api/complaint-issue-categories", Who.AnyStaff },
        { "POST /api/employer-complaints", Who.Only(Caseworker) },
        { "GET /api/employer-complaints/stage-proposal", Who.AnyStaff },
        { "GET /api/employer-complaints/at-risk", Who.Only(TeamLeader) },
        { "POST /api/employer-complaints/deadline-run", Who.Only(TeamLeader) },
        { "GET /api/employer-complaints/{reference}", Who.AnyStaff },
        { "POST /api/employer-complaints/{reference}/invalid", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/valid", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/plan/lines", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/plan/lines/{id:int}/withdraw", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/plan/lines/{id:int}/done", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/plan/issue", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/plan/response", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/plan/submit", Who.Only(Caseworker) },
        { "POST /api/employer-complaints/{reference}/plan/decision", Who.Only(TeamLeader) },
        { "POST /api/employer-complaints/{reference}/close", Who.Only(Caseworker) },
        { "PAGE /EmployerComplaints/Log", Who.Only(Caseworker) },
        { "PAGE /EmployerComplaints/AtRisk", Who.Only(TeamLeader) },
        { "PAGE /EmployerComplaints/Approval", Who.Only(TeamLeader) },
        { "PAGE /EmployerComplaints/Details", Who.AnyStaff },
        { "POST /EmployerComplaints/Details?handler=Invalid", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=Valid", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=AddLine", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=WithdrawLine", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=Issue", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=Respond", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=Submit", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=LineDone", Who.Only(Caseworker) },
        { "POST /EmployerComplaints/Details?handler=Close", Who.Only(Caseworker) },
    };
}
