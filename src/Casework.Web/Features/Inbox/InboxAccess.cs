using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Inbox;

/// <summary>Who may use the inbox routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class InboxAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "GET /api/inbox", Who.AnyStaff },
        { "POST /api/inbox/reassign", Who.Only(TeamLeader) },
        { "PAGE /Inbox/Index", Who.AnyStaff },
        { "POST /Inbox/Index?handler=Reassign", Who.Only(TeamLeader) },
    };
}
