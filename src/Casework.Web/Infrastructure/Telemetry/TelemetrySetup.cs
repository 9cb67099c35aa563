using System.Net;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Casework.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry (OPS-03): traces of requests, outgoing HTTP and PostgreSQL commands; metrics of the same plus the
/// .NET runtime, EF Core and the business meter (<see cref="CaseworkMetrics"/>). Exported by OTLP when an endpoint is
/// configured (<c>Casework:Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), and scraped
/// by Prometheus at <c>GET /metrics</c> when <c>Casework:Telemetry:Prometheus</c> is true. With neither, nothing is
/// collected at all. <c>/metrics</c> answers callers on loopback only (a scraper on the node or a sidecar), unless
/// <c>Casework:Telemetry:MetricsFromAnyAddress</c> is true for a scraper the network already restricts; to everyone
/// else it is an unknown page.
/// </summary>
public static class TelemetrySetup
{
    public const string Section = "Casework:Telemetry";
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddCaseworkTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CaseworkMetrics>();
        var prometheus = configuration.GetValue<bool>($"{Section}:Prometheus");
        var otlpEndpoint = configuration[$"{Section}:OtlpEndpoint"];
        var otlpFromEnvironment = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otlp = !string.IsNullOrWhiteSpace(otlpEndpoint) || otlpFromEnvironment;
        if (!prometheus && !otlp)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration[$"{Section}:ServiceName"] ?? "casework"))
            .WithMetrics(m =>
            {
                m.AddMeter(CaseworkMetrics.MeterName)
                    .AddMeter("Microsoft.EntityFrameworkCore")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (prometheus)
                {
                    m.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            // Traces only when something receives them: recording spans nobody reads is cost without use.
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                .AddNpgsql());
            if (otlpFromEnvironment && string.IsNullOrWhiteSpace(otlpEndpoint))
            {
                telemetry.UseOtlpExporter();
            }
            else
            {
                var protocol = string.Equals(configuration[$"{Section}:OtlpProtocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
                    ? OtlpExportProtocol.HttpProtobuf
                    : OtlpExportProtocol.Grpc;
                telemetry.UseOtlpExporter(protocol, new Uri(otlpEndpoint!));
            }
        }

        return services;
    }

    public static WebApplication MapCaseworkMetrics(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>($"{Section}:Prometheus"))
        {
            return app;
        }

        var anyAddress = app.Configuration.GetValue<bool>($"{Section}:MetricsFromAnyAddress");
        app.MapPrometheusScrapingEndpoint(MetricsPath)
            .AllowAnonymous()
            .WithMetadata(new MetricsCallerRule(anyAddress));
        return app;
    }

    /// <summary>Refuses <c>/metrics</c> (404, as if it did not exist) to a caller that is not on loopback.</summary>
    public static IApplicationBuilder UseCaseworkMetricsGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<MetricsCallerRule>() is { } rule && !rule.Allows(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });

    private sealed record MetricsCallerRule(bool AnyAddress)
    {
        // The in-process test server has no remote address; every real connection has one.
        public bool Allows(HttpContext context) =>
            AnyAddress || context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);
    }
}
