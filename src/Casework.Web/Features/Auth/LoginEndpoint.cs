using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Casework.Web.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>POST /api/auth/login: a bearer token for the API, with the same lockout as the sign-in page.</summary>
public static class LoginEndpoint
{
    public static void MapLogin(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous();
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, Credentials credentials, SignInManager<AppUser> signIn)
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

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
