using System.Security.Claims;
using Casework.Domain.Common;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure;

/// <summary>Resolves the signed-in user to the member of staff the domain sees as the actor.</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor, CaseworkDbContext db)
{
    private Actor? _actor;

    public async Task<Actor?> GetAsync(CancellationToken ct)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var user = accessor.HttpContext?.User;
        var userName = user?.Identity?.Name;
        if (user is null || userName is null)
        {
            return null;
        }

        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserName == userName, ct);
        if (staff is null)
        {
            return null;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        _actor = new Actor(staff.StaffNumber, staff.Name, staff.TeamCode, roles);
        return _actor;
    }

    public async Task<Actor> RequireAsync(CancellationToken ct) =>
        await GetAsync(ct) ?? throw new InvalidOperationException("The signed-in user has no staff record.");
}
