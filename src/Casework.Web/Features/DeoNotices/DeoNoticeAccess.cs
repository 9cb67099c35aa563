using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.DeoNotices;

/// <summary>Who may use the DEO notice routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class DeoNoticeAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "POST /api/employers/{ern}/deo-notices/reissue", Who.Only(Caseworker, TeamLeader) },
        { "GET /api/employers/{ern}/notes", Who.AnyStaff },
        { "PAGE /DeoNotices/Reissue", Who.Only(Caseworker, TeamLeader) },
    };
}
