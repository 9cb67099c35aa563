using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>Who may use the service request routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class ServiceRequestAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/service-request-types", Who.AnyStaff },
        { "POST /api/service-requests", Who.Only(Caseworker) },
        { "GET /api/service-requests", Who.AnyStaff },
        { "GET /api/service-requests/{reference}", Who.AnyStaff },
        { "GET /api/service-requests/{reference}/audit", Who.AnyStaff },
        { "POST /api/service-requests/{reference}/notes", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/service-requests/{reference}/activities/{id:int}/done", Who.Only(Caseworker, TeamLeader) },

        // API.md: "staff" — the transition table then says which role may make each move.
        { "POST /api/service-requests/{reference}/status", Who.AnyStaff },
        { "POST /api/service-requests/{reference}/assign", Who.Only(TeamLeader) },
        { "POST /api/service-requests/{reference}/take-ownership", Who.Only(Caseworker, TeamLeader, EscalatedComplaints) },
        { "POST /api/service-requests/{reference}/assignment-lock", Who.Only(TeamLeader) },
        { "PAGE /ServiceRequests/Raise", Who.Only(Caseworker) },
        { "PAGE /ServiceRequests/Close", Who.AnyStaff },
        { "PAGE /ServiceRequests/Details", Who.AnyStaff },
        { "PAGE /ServiceRequests/Index", Who.AnyStaff },
        { "POST /ServiceRequests/Details?handler=Activity", Who.Only(Caseworker, TeamLeader) },
        { "POST /ServiceRequests/Details?handler=Note", Who.Only(Caseworker, TeamLeader) },
        { "POST /ServiceRequests/Details?handler=Assign", Who.Only(TeamLeader) },
        { "POST /ServiceRequests/Details?handler=TakeOwnership", Who.Only(Caseworker, TeamLeader, EscalatedComplaints) },
        { "POST /ServiceRequests/Details?handler=Lock", Who.Only(TeamLeader) },
        { "POST /ServiceRequests/Details?handler=CancelLetter", Who.Only(Caseworker, TeamLeader) },
        { "POST /ServiceRequests/Details?handler=ReissueLetter", Who.Only(Caseworker, TeamLeader) },
    };
}
