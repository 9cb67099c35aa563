using System.Collections.Concurrent;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure.Sessions;

/// <summary>What a user's sign-ins must still match: the security stamp, the roles and no lockout (SEC-11).</summary>
public sealed record SessionStamp(string? SecurityStamp, IReadOnlyList<string> Roles, DateTimeOffset? LockoutEnd);

/// <summary>
/// Each user's current <see cref="SessionStamp"/>, read from the database at most once per <see cref="MaxAge"/> per
/// node: a sign-out, lockout or role change made on any node ends that user's cookies and bearer tokens everywhere
/// within that time (on the node that made it, at once). Nothing here is needed by another node.
/// </summary>
public sealed class SessionStamps(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (SessionStamp Stamp, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    public async Task<SessionStamp?> CurrentAsync(string userId, CaseworkDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(userId, out var cached) && now - cached.ReadAt < MaxAge)
        {
            return cached.Stamp;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            _cache.TryRemove(userId, out _);
            return null;
        }

        var roles = await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        var stamp = new SessionStamp(user.SecurityStamp, [.. roles.Order(StringComparer.Ordinal)], user.LockoutEnd);
        _cache[userId] = (stamp, now);
        return stamp;
    }

    /// <summary>This node forgets the user at once (sign-out here); other nodes follow within <see cref="MaxAge"/>.</summary>
    public void Forget(string userId) => _cache.TryRemove(userId, out _);
}
