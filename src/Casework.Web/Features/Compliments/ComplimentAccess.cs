using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.Compliments;

/// <summary>Who may use the compliment routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class ComplimentAccess
{
    public static AccessTable Table { get; } = new()
    {
        { "POST /api/compliments", Who.Only(Caseworker, TeamLeader, EscalatedComplaints) },
        { "GET /api/compliments", Who.AnyStaff },
        { "GET /api/compliments/{id:int}", Who.AnyStaff },
        { "PAGE /Compliments/Index", Who.AnyStaff },
        { "POST /Compliments/Index", Who.Only(Caseworker, TeamLeader, EscalatedComplaints) },
    };
}
