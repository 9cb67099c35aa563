using Casework.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Casework.Web.Infrastructure;

namespace Casework.DataGen;

/// <summary>
/// The schema, reference data (teams, SR catalogue, counters) and demo staff come from the app's own start-up code,
/// exactly as <c>Casework.Web migrate</c> with <c>Casework:DemoData=true</c> in Development: owners and teams the
/// generator uses are then the real ones, and the demo sign-ins (caseworker, teamleader…) work for the benchmarks.
/// </summary>
internal static class AppSchema
{
    public static async Task PrepareAsync(string connection)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Casework"] = connection,
            ["Casework:DemoData"] = "true",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCasework(builder.Configuration);
        await using var app = builder.Build();
        await DatabaseStartup.PrepareAsync(app.Services, app.Configuration, migrate: true);
    }
}
