using Casework.Web.Data;
using Casework.Web.Infrastructure.Access;
using Casework.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Casework.Web.Infrastructure;

/// <summary>Identity on the app's database: cookies for pages, bearer tokens for /api, lockout after repeated failures.</summary>
public static class AuthSetup
{
    public const string ApiPolicy = "Api";

    public static IServiceCollection AddCaseworkAuth(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.Events.OnMessageReceived = SessionRevocation.ValidateBearerAsync;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Auth/Login";
                o.LogoutPath = "/Auth/Logout";
                o.AccessDeniedPath = "/Auth/Denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(9);
                o.SlidingExpiration = true;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Events.OnValidatePrincipal = SessionRevocation.ValidateCookieAsync;
            }));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CaseworkDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser())
            .AddUndeclaredPolicy()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // SEC-11: every cookie and bearer token is checked against the user's security stamp, roles and lockout.
        services.AddSingleton<SessionStamps>();
        services.AddScoped<SessionRevocation>();
        services.AddScoped<SignOutEverywhere>();
        return services;
    }
}
