using System.Security.Claims;
using Casework.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Sessions;

/// <summary>
/// SEC-11: runs after every authentication, cookie or bearer token alike. A sign-in whose security stamp or roles no
/// longer match the user's, or whose user is locked out, becomes anonymous — so the page asks to sign in again and the
/// API answers 401. Sign-out changes the stamp (<see cref="SignOutEverywhere"/>); a role change changes the roles.
/// </summary>
public sealed class SessionRevocation(
    SessionStamps stamps, CaseworkDbContext db, IOptions<IdentityOptions> identity, TimeProvider time, IHttpContextAccessor http)
    : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(claims.UserIdClaimType) is not { } userId)
        {
            return principal;
        }

        var current = await stamps.CurrentAsync(userId, db, http.HttpContext?.RequestAborted ?? default);
        var roles = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
        var valid = current is not null
                    && current.SecurityStamp == principal.FindFirstValue(claims.SecurityStampClaimType)
                    && roles.SequenceEqual(current.Roles, StringComparer.Ordinal)
                    && !(current.LockoutEnd > time.GetUtcNow());
        return valid ? principal : Nobody;
    }
}

/// <summary>Ends every cookie and bearer token of one user, on every node within <see cref="SessionStamps.MaxAge"/>.</summary>
public sealed class SignOutEverywhere(UserManager<AppUser> users, SessionStamps stamps)
{
    public async Task RunAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            stamps.Forget(user.Id);
        }
    }
}
