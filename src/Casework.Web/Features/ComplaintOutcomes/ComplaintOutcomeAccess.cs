using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>Who may use the complaint outcome routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class ComplaintOutcomeAccess
{
    private static readonly Who Recorders = Who.Only(Caseworker, TeamLeader, EscalatedComplaints);

    public static AccessTable Table { get; } = new()
    {
        { "GET /api/complaint-remedies", Who.AnyStaff },
        { "GET /api/complaints/{reference}", Who.AnyStaff },
        { "POST /api/complaints/{reference}/issues", Recorders },
        { "PUT /api/complaints/{reference}/issues/{id:int}/outcome", Recorders },
        { "PUT /api/complaints/{reference}/remedy", Recorders },
        { "PUT /api/complaints/{reference}/written-response", Recorders },
        { "POST /api/complaints/{reference}/investigation-steps", Recorders },
        { "PUT /api/complaints/{reference}/finalisation", Recorders },
        { "PAGE /ComplaintOutcomes/Complaint", Who.AnyStaff },
        { "POST /ComplaintOutcomes/Complaint?handler=Issue", Recorders },
        { "POST /ComplaintOutcomes/Complaint?handler=Outcome", Recorders },
        { "POST /ComplaintOutcomes/Complaint?handler=Remedy", Recorders },
        { "POST /ComplaintOutcomes/Complaint?handler=WrittenResponse", Recorders },
        { "POST /ComplaintOutcomes/Complaint?handler=Step", Recorders },
        { "POST /ComplaintOutcomes/Complaint?handler=Finalise", Recorders },
    };
}
