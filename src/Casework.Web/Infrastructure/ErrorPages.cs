using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Casework.Web.Infrastructure;

/// <summary>
/// OPS-05: a page path that ends in 404 or an unexpected exception shows a GOV.UK page (Features/Errors); an
/// <c>/api/…</c> path keeps problem details. The 500 page quotes the trace id that the error's log line carries.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/Errors/{0}";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>The request's W3C trace id (also on its spans and log scope), or ASP.NET's request id without tracing.</summary>
    public static string TraceId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    /// <summary>Before routing, so the re-executed error page is routed like any page.</summary>
    public static WebApplication UseCaseworkErrorPages(this WebApplication app)
    {
        // ExceptionHandling answers API requests with problem details; for pages it declines and this path renders.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Errors/500" });
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute(Path));
        return app;
    }

    /// <summary>Any path no endpoint claims is a 404 page, signed in or not (not the sign-in page).</summary>
    public static void MapCaseworkErrorRoutes(this WebApplication app)
    {
        app.MapFallback("{*path}", () => TypedResults.NotFound()).AllowAnonymous();
        if (app.Configuration.GetValue<bool>("Casework:Diagnostics:FailureRoutes"))
        {
            // Off by default: lets an operator (and the tests) see the 500 page and find its trace id in the log.
            app.MapGet("/Errors/Fail", FailOnPurpose).AllowAnonymous();
            app.MapGet("/api/diagnostics/fail", FailOnPurpose).AllowAnonymous();
        }
    }

    private static IResult FailOnPurpose() =>
        throw new InvalidOperationException("Failure asked for on purpose (Casework:Diagnostics:FailureRoutes).");
}
