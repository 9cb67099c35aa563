using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Staff;

public sealed record StaffDto(string StaffNumber, string Name, string Team, IReadOnlyList<string> Roles);

/// <summary>GET /api/staff?role=…: staff with their roles (P-06), e.g. to pick an account manager.</summary>
public static class StaffEndpoints
{
    public static void MapStaff(this IEndpointRouteBuilder api)
    {
        api.MapGet("/staff", async (string? role, CaseworkDbContext db, CancellationToken ct) =>
        {
            if (role is not null && !StaffRoles.All.Contains(role))
            {
                return InvalidInput.For("role", $"Choose one of {string.Join(", ", StaffRoles.All)}.").ToProblem();
            }

            return TypedResults.Ok(await ListAsync(db, role, ct));
        });
    }

    public static async Task<List<StaffDto>> ListAsync(CaseworkDbContext db, string? role, CancellationToken ct)
    {
        var rows = await (
                from s in db.Staff
                join u in db.Users on s.UserName equals u.UserName into users
                from u in users.DefaultIfEmpty()
                join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
                from ur in userRoles.DefaultIfEmpty()
                join r in db.Roles on ur.RoleId equals r.Id into roles
                from r in roles.DefaultIfEmpty()
                select new { s.StaffNumber, s.Name, s.TeamCode, Role = r == null ? null : r.Name })
            .ToListAsync(ct);
        return rows.GroupBy(x => (x.StaffNumber, x.Name, x.TeamCode))
            .Select(g => new StaffDto(g.Key.StaffNumber, g.Key.Name, g.Key.TeamCode,
                g.Where(x => x.Role != null).Select(x => x.Role!).Order(StringComparer.Ordinal).ToList()))
            .Where(s => role is null || s.Roles.Contains(role))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }
}
