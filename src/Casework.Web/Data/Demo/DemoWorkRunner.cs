using System.Security.Claims;
using Casework.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Casework.Web.Data.Demo;

/// <summary>
/// Runs one handler call as a demo user at the demo clock's time, in a scope of its own, exactly as a request would:
/// the signed-in user is what <see cref="Infrastructure.CurrentActor"/> reads. A refusal stops the generator loudly —
/// the demo script asked for something the rules do not allow.
/// </summary>
public sealed class DemoWorkRunner(IServiceProvider services, DemoWorkClock clock, IReadOnlyDictionary<string, string[]> roles)
{
    public DemoWorkClock Clock => clock;

    public async Task<T> As<THandler, T>(string userName, Func<THandler, Task<Result<T>>> action)
        where THandler : notnull
    {
        var result = await Do<THandler, Result<T>>(userName, action);
        return result.IsSuccess
            ? result.Value!
            : throw new InvalidOperationException($"Demo work as {userName} at {clock.Now:O} was refused: {result.Refusal}");
    }

    /// <summary>Like <see cref="As{THandler, T}"/> for calls that answer something other than a result.</summary>
    public async Task<T> Do<THandler, T>(string userName, Func<THandler, Task<T>> action)
        where THandler : notnull
    {
        await using var scope = services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var claims = new List<Claim> { new(ClaimTypes.Name, userName) };
        claims.AddRange(roles[userName].Select(r => new Claim(ClaimTypes.Role, r)));
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "DemoWork")),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            return await action(scope.ServiceProvider.GetRequiredService<THandler>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
