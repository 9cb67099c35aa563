using System.Net;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Telemetry;

/// <summary>
/// The app with the Prometheus scrape endpoint on (<c>Casework:Telemetry:Prometheus</c>) and nothing running by itself,
/// so every business counter moves only through the test's own requests.
/// </summary>
public class MetricsFactory(DatabaseProvider provider, IPAddress? remoteAddress = null) : CaseworkFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:Telemetry:Prometheus", "true");
        builder.UseSetting("Casework:Complaints:ScheduleDeadlineJob", "false");
        if (remoteAddress is not null)
        {
            // The test server has no network: this stands in for a caller connecting from another machine.
            builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(remoteAddress)));
        }
    }

    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class MetricsSqliteFactory() : MetricsFactory(DatabaseProvider.Sqlite);

public sealed class MetricsPostgresFactory() : MetricsFactory(DatabaseProvider.Postgres);

public sealed class RemoteCallerMetricsFactory() : MetricsFactory(DatabaseProvider.Sqlite, IPAddress.Parse("10.0.0.7"));

/// <summary>
/// The meter listener of an app sees every meter of the same name in the process, so a test that counts business
/// events must not share the process with other apps doing the same: this collection runs on its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics (alone)";
}
