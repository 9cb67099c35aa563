using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Startup;

/// <summary>
/// OPS-04: a start on an up-to-date database does no work it did before — reference data is seeded only when its inputs
/// changed, and pending migrations are asked of the history table with one plain read. Each test runs the app's own
/// start-up code (<see cref="DatabaseStartup.PrepareAsync"/>, what Program runs) again on the class's database.
/// </summary>
public abstract class StartupTests(CaseworkFactory app)
{
    private const string WelshTeam = "WELSH-LANGUAGE-UNIT";

    [Fact]
    public async Task OPS04_the_first_start_stamps_the_reference_data_with_the_hash_of_its_inputs()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();

        var stamp = await db.ReferenceDataStamps.AsNoTracking().SingleAsync();
        Assert.Equal(ReferenceData.StampName, stamp.Name);
        Assert.Equal(ReferenceData.CurrentHash(), stamp.Hash);
        Assert.Matches("^[0-9a-f]{64}$", stamp.Hash);
        Assert.Equal(5, await db.Teams.CountAsync());
        Assert.True(await db.ServiceRequestTypes.CountAsync() >= 20);
    }

    [Fact]
    public async Task OPS04_a_second_start_does_not_rewrite_reference_data_and_a_changed_hash_seeds_it_again()
    {
        await SetStampAsync(ReferenceData.CurrentHash());
        var before = await StampAsync();
        await RemoveWelshTeamAsync();

        // A restart with unchanged seed inputs: the missing team stays missing, so nothing was seeded.
        await StartAgainAsync();

        Assert.False(await TeamExistsAsync(WelshTeam));
        var after = await StampAsync();
        Assert.Equal(before.Hash, after.Hash);
        Assert.Equal(before.AppliedAt, after.AppliedAt);

        // The inputs changed (as a new seed file or seeding code would change the hash): the next start seeds again.
        await SetStampAsync("0000000000000000000000000000000000000000000000000000000000000000");
        await StartAgainAsync();

        Assert.True(await TeamExistsAsync(WelshTeam));
        var reseeded = await StampAsync();
        Assert.Equal(ReferenceData.CurrentHash(), reseeded.Hash);
        Assert.Equal(app.Clock.GetUtcNow(), reseeded.AppliedAt);
    }

    [Fact]
    public async Task OPS04_an_up_to_date_database_has_no_pending_migrations_as_ef_itself_says()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();

        Assert.Empty(await MigrationsCheck.PendingAsync(db));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task OPS04_a_migration_missing_from_the_history_is_pending_exactly_as_ef_says()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var newest = db.Database.GetMigrations().Last();
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"__EFMigrationsHistory\" SET \"MigrationId\" = 'gone_' || \"MigrationId\" WHERE \"MigrationId\" = {0}", newest);
        try
        {
            var pending = await MigrationsCheck.PendingAsync(db);

            Assert.Equal([newest], pending);
            Assert.Equal(await db.Database.GetPendingMigrationsAsync(), pending);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"__EFMigrationsHistory\" SET \"MigrationId\" = {0} WHERE \"MigrationId\" = {1}", newest, "gone_" + newest);
        }

        Assert.Empty(await MigrationsCheck.PendingAsync(db));
    }

    [Fact]
    public async Task OPS04_a_new_database_has_every_migration_pending_and_start_up_migrates_and_seeds_it()
    {
        var (connectionString, cleanup) = NewDatabase();
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = app.Provider.ToString(),
                ["ConnectionStrings:Casework"] = connectionString,
            }).Build();
            var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging();
            services.AddCaseworkDatabase(configuration);
            await using var provider = services.BuildServiceProvider();
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
                var pending = await MigrationsCheck.PendingAsync(db);
                Assert.Equal(db.Database.GetMigrations(), pending);
                Assert.Contains(pending, id => id.EndsWith("_Start4", StringComparison.Ordinal));
            }

            await DatabaseStartup.PrepareAsync(provider, configuration, migrate: true);

            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
                Assert.Empty(await MigrationsCheck.PendingAsync(db));
                Assert.Equal(ReferenceData.CurrentHash(), (await db.ReferenceDataStamps.SingleAsync()).Hash);
                Assert.Equal(5, await db.Teams.CountAsync());
                if (app.Provider == DatabaseProvider.Sqlite)
                {
                    // The check opens (so creates) the file before MigrateAsync, which then never sets WAL itself:
                    // without WAL, concurrent batches and requests meet "database is locked" (COR-02 races, 500s).
                    await db.Database.OpenConnectionAsync();
                    await using var pragma = db.Database.GetDbConnection().CreateCommand();
                    pragma.CommandText = "PRAGMA journal_mode";
                    Assert.Equal("wal", (string?)await pragma.ExecuteScalarAsync());
                }
            }
        }
        finally
        {
            await cleanup();
        }
    }

    private (string ConnectionString, Func<Task> Cleanup) NewDatabase()
    {
        if (app.Provider == DatabaseProvider.Postgres)
        {
            // OPS-04: a database that does not exist yet, as on a first deploy: the migrations check must not stop at
            // the refused connection (3D000), and MigrateAsync creates it. The lane's cluster is deleted when the run ends.
            var server = PostgresLane.ServerConnectionString ?? throw new InvalidOperationException(PostgresLane.HowToStart);
            var missing = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"casework_start_{Guid.NewGuid():N}" };
            return (missing.ConnectionString, () => Task.CompletedTask);
        }

        var file = Path.Combine(Path.GetTempPath(), $"casework-start-{Guid.NewGuid():N}.db");
        return (new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), () =>
        {
            File.Delete(file);
            return Task.CompletedTask;
        });
    }

    private Task StartAgainAsync()
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        return DatabaseStartup.PrepareAsync(app.Services, configuration, DatabaseStartup.MigrateOnStartup(configuration));
    }

    private async Task<ReferenceDataStamp> StampAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().ReferenceDataStamps.AsNoTracking()
            .SingleAsync(s => s.Name == ReferenceData.StampName);
    }

    private async Task SetStampAsync(string hash)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().ReferenceDataStamps
            .Where(s => s.Name == ReferenceData.StampName)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Hash, hash));
    }

    private async Task RemoveWelshTeamAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Teams
            .Where(t => t.Code == WelshTeam).ExecuteDeleteAsync());
    }

    private async Task<bool> TeamExistsAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Teams.AnyAsync(t => t.Code == code);
    }
}

public sealed class StartupTests_Sqlite(SqliteFactory app) : StartupTests(app), IClassFixture<SqliteFactory>;

public sealed class StartupTests_Postgres(PostgresFactory app) : StartupTests(app), IClassFixture<PostgresFactory>;
