using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Data;
using Casework.Web.Data.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure;

/// <summary>
/// Migrations run at start-up for the embedded default (and where <c>Database:MigrateOnStartup</c> is true);
/// in production run <c>dotnet Casework.Web.dll migrate</c> once per release instead.
/// </summary>
public static class DatabaseStartup
{
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, bool migrate, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        // OPS-04: MigrateAsync takes the migrations lock and checks the model against the snapshot on every start; an
        // up-to-date database (one plain read of the history table) is left alone.
        if (migrate && (await MigrationsCheck.PendingAsync(db, ct)).Count > 0)
        {
            if (db.Database.IsSqlite())
            {
                // MigrationsCheck has opened (so created) a new file, so MigrateAsync no longer creates it with WAL;
                // WAL lets readers and the batch work beside a writer. The setting stays with the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = 'wal';", ct);
            }

            await db.Database.MigrateAsync(ct);
        }

        await ReferenceData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
        if (configuration.GetValue<bool>("Casework:DemoData"))
        {
            var created = await DemoData.SeedAsync(
                db,
                scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
                scope.ServiceProvider.GetRequiredService<ICallerSecretHasher>(),
                scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
                ct);
            if (created && DemoWorkSetup.Enabled(configuration))
            {
                // OPS-06: only with a new database, so a restart never rebuilds (or duplicates) the demo work.
                await DemoWork.GenerateAsync(services, ct);
            }
        }
    }

    public static bool MigrateOnStartup(IConfiguration configuration) =>
        !DatabaseSetup.IsPostgres(configuration) || configuration.GetValue<bool>("Database:MigrateOnStartup");
}
