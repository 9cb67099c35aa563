using System.Security.Claims;
using Casework.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Sessions;

/// <summary>
/// SEC-11: every cookie and bearer token is checked when it is read. One whose security stamp or roles no longer match
/// the user's, or whose user is locked out, fails authentication — the page asks to sign in again and the API answers
/// 401. Sign-out changes the stamp (<see cref="SignOutEverywhere"/>); a role change changes the roles.
/// </summary>
public sealed class SessionRevocation(SessionStamps stamps, CaseworkDbContext db, IOptions<IdentityOptions> identity, TimeProvider time)
{
    public const string Ended = "This sign-in has ended (signed out, locked or roles changed): sign in again.";

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (principal.FindFirstValue(claims.UserIdClaimType) is not { } userId)
        {
            return false;
        }

        var current = await stamps.CurrentAsync(userId, db, ct);
        var roles = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
        return current is not null
               && current.SecurityStamp == principal.FindFirstValue(claims.SecurityStampClaimType)
               && roles.SequenceEqual(current.Roles, StringComparer.Ordinal)
               && !(current.LockoutEnd > time.GetUtcNow());
    }

    /// <summary>The cookie's OnValidatePrincipal: Identity's own stamp check, then this one on every request.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is { } principal && !await Current(context.HttpContext).IsCurrentAsync(principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>The bearer scheme's OnMessageReceived: a token of an ended sign-in fails, so the API answers 401.</summary>
    public static async Task ValidateBearerAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var ticket = context.Options.BearerTokenProtector.Unprotect(header[prefix.Length..].Trim());
        if (ticket?.Principal is { } principal && !await Current(context.HttpContext).IsCurrentAsync(principal, context.HttpContext.RequestAborted))
        {
            context.Fail(Ended);
        }
    }

    private static SessionRevocation Current(HttpContext http) => http.RequestServices.GetRequiredService<SessionRevocation>();
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
