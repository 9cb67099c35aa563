using System.Text.Json.Serialization;
using Casework.Web;
using Casework.Web.Infrastructure;

if (args.Contains("migrate"))
{
    // Production: `dotnet Casework.Web.dll migrate` applies migrations (and reference data) then exits.
    var migrator = WebApplication.CreateBuilder(args.Where(a => a != "migrate").ToArray());
    migrator.Services.AddCasework(migrator.Configuration);
    await using var migratorApp = migrator.Build();
    await DatabaseStartup.PrepareAsync(migratorApp.Services, migratorApp.Configuration, migrate: true);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCasework(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();
await DatabaseStartup.PrepareAsync(app.Services, app.Configuration, DatabaseStartup.MigrateOnStartup(app.Configuration));
app.UseCaseworkPipeline();
await app.RunAsync();

/// <summary>Entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
