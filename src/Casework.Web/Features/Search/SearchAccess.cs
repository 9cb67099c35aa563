using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Search;

/// <summary>Who may use the search routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class SearchAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "PAGE /Search/Index", Who.AnyStaff },
    };
}
