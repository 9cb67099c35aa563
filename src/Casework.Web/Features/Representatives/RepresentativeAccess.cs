using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Representatives;

/// <summary>Who may use the representative routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class RepresentativeAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "POST /api/representatives", Who.Only(Caseworker) },
        { "GET /api/representatives/{trn}", Who.Only(Caseworker) },
        { "POST /api/representatives/{trn}/change", Who.Only(Caseworker) },
        { "POST /api/representatives/{trn}/security", Who.Only(Caseworker) },
        { "POST /api/representatives/{trn}/remove", Who.Only(Caseworker) },
        { "GET /api/representatives/{trn}/letters", Who.Only(Caseworker, TeamLeader) },
        { "POST /api/representatives/{trn}/letters", Who.Only(Caseworker, TeamLeader) },
    };
}
