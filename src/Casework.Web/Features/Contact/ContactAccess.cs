using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Contact;

/// <summary>Who may use the client contact rule routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class ContactAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/outbound-call-rules", Who.AnyStaff },
        { "POST /api/outbound-call-decisions", Who.Only(Caseworker, TeamLeader) },
        { "PAGE /Contact/OutboundCall", Who.Only(Caseworker, TeamLeader) },
    };
}
