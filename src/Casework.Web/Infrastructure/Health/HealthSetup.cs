using System.Text.Json;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Letters.Email;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casework.Web.Infrastructure.Health;

/// <summary>
/// <c>GET /health</c> (OPS-02, API.md "Running it"): every dependency with its status and why. Only the database
/// makes the app Unhealthy (503); a missing letter font, liblouis, outbox folder or SMTP server leaves it serving
/// pages, so it is Degraded (200) with the reason.
/// </summary>
public static class HealthSetup
{
    public static IServiceCollection AddCaseworkHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddDbContextCheck<CaseworkDbContext>("database")
            .AddCheck<LetterFontsHealthCheck>("letterFonts", HealthStatus.Degraded)
            .AddCheck<BrailleHealthCheck>("braille", HealthStatus.Degraded)
            .AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded);
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:Host"]))
        {
            checks.AddCheck<SmtpHealthCheck>("smtp", HealthStatus.Degraded);
        }

        return services;
    }

    public static IEndpointConventionBuilder MapCaseworkHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message ?? e.Value.Status.ToString() }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
