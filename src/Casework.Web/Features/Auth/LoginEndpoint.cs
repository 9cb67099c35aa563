using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;

namespace Casework.Web.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record LoginResponse(string AccessToken, string TokenType, long ExpiresIn);

/// <summary>POST /api/auth/login: a bearer token for the API, with the same lockout as the sign-in page; POST /api/auth/logout.</summary>
public static class LoginEndpoint
{
    public static void MapLogin(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", LoginAsync);

        // SEC-11: ends every cookie and bearer token of the caller, not just this one.
        api.MapPost("/auth/logout", async (HttpContext http, SignOutEverywhere signOut) =>
        {
            await signOut.RunAsync(http.User);
            return TypedResults.NoContent();
        });
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest request, Credentials credentials, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return RefusalResults.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Enter a user name and password.");
        }

        var user = await credentials.CheckAsync(request.UserName, request.Password);
        if (user is null)
        {
            return RefusalResults.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", Credentials.Failed);
        }

        // API.md's login answer, and no refresh token: there is no refresh route, and a token that outlived a
        // sign-out or role change would defeat SEC-11. The client signs in again after expiresIn.
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = time.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(await signIn.CreateUserPrincipalAsync(user), properties, IdentityConstants.BearerScheme);
        return TypedResults.Ok(new LoginResponse(
            options.BearerTokenProtector.Protect(ticket), "Bearer", (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
