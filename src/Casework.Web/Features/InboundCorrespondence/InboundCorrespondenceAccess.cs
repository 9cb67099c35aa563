using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.InboundCorrespondence;

/// <summary>Who may use the inbound correspondence routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class InboundCorrespondenceAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/service-requests/{reference}/inbound-documents", Who.AnyStaff },
        { "POST /api/service-requests/{reference}/inbound-documents", Who.Only(Caseworker, TeamLeader) },
        { "GET /api/inbound-documents/{id:int}", Who.AnyStaff },
        { "PAGE /InboundCorrespondence/Upload", Who.Only(Caseworker, TeamLeader) },
        { "PAGE /InboundCorrespondence/Document", Who.AnyStaff },
    };
}
