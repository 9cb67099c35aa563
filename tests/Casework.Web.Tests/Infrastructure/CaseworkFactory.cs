using Casework.Domain.Security;
using System.Collections.Concurrent;
using Casework.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Casework.Web.Tests.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The whole app in process on its own fresh database (one per factory, so one per test class):
/// demo users and employers seeded, migrations applied at start-up, and a <see cref="FakeTimeProvider"/>
/// in place of the system clock. SQLite gets a temp file; PostgreSQL a new database on the cluster
/// named by <c>CASEWORK_TEST_POSTGRES</c>, dropped again on dispose.
/// </summary>
public class CaseworkFactory(DatabaseProvider provider, DateTimeOffset? start = null)
    : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 09:00 UK time: an ordinary working day far from any bank holiday.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The PIN key of the test apps (SEC-04): any 32 bytes, kept out of the database like a real one.</summary>
    public const string TestPinKey = "OdIGkPWlgf1HAnBy5RitcMEWCC6anLiKvx1sC1m+XBs=";

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private string? _connectionString;
    private string? _sqliteFile;
    private int _cleanedUp;

    /// <summary>This app's letter outbox (folder-drop delivery target): a temp folder of its own, deleted on dispose.</summary>
    public string OutboxFolder { get; } = Path.Combine(Path.GetTempPath(), $"casework-outbox-{Guid.NewGuid():N}");

    public DatabaseProvider Provider { get; } = provider;

    public FakeTimeProvider Clock { get; } = new(start ?? DefaultStart);

    /// <summary>
    /// Moves the app's clock forward to <paramref name="at"/> (never back: FakeTimeProvider refuses) and
    /// forgets the bearer tokens, which may have expired on the way.
    /// </summary>
    public void TravelTo(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        _tokens.Clear();
    }

    public async Task InitializeAsync()
    {
        _connectionString = Provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(),
            // Fails the whole lane loudly when no cluster was started: the PostgreSQL lane is never skipped.
            _ => await PostgresLane.CreateDatabaseAsync("casework_test"),
        };

        // Start the host now: migrations and demo data run once here, not inside the first test.
        await using var scope = Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Database;
        // On PostgreSQL the app adds No Reset On Close to the configured string (issue 14).
        var expected = Provider == DatabaseProvider.Postgres ? Casework.Web.Infrastructure.DatabaseSetup.PostgresConnectionString(_connectionString) : _connectionString;
        if (database.GetConnectionString() != expected)
        {
            throw new InvalidOperationException(
                $"The app is not on the test database: it uses '{database.GetConnectionString()}'. Did configuration override UseSetting?");
        }
    }

    /// <summary>Bearer tokens by user name, so each test class signs each user in once (see ApiClient.LoginAs).</summary>
    internal ConcurrentDictionary<string, string> Tokens => _tokens;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Casework", _connectionString
            ?? throw new InvalidOperationException("Call InitializeAsync before using the factory."));
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Casework:DemoData", "true");
        // Letters go out only when a test runs the batch, into this factory's own folder.
        builder.UseSetting("Casework:Letters:ScheduleBatch", "false");
        builder.UseSetting("Casework:Letters:OutboxFolder", OutboxFolder);
        builder.UseSetting("Casework:CallerSecrets:PinKey", TestPinKey);
        // The fewest PBKDF2 rounds the hasher allows: the demo secrets are hashed at every start-up.
        builder.UseSetting("Casework:CallerSecrets:HashIterations", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (Interlocked.Exchange(ref _cleanedUp, 1) == 1)
        {
            return;
        }

        if (Directory.Exists(OutboxFolder))
        {
            Directory.Delete(OutboxFolder, recursive: true);
        }

        if (_connectionString is null)
        {
            return;
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile!, _sqliteFile + "-wal", _sqliteFile + "-shm", _sqliteFile + "-journal" })
            {
                File.Delete(file);
            }
        }
        else
        {
            await DropPostgresDatabaseAsync(_connectionString);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private string SqliteConnectionString()
    {
        _sqliteFile = Path.Combine(Path.GetTempPath(), $"casework-test-{Guid.NewGuid():N}.db");
        return new SqliteConnectionStringBuilder { DataSource = _sqliteFile }.ToString();
    }

    /// <summary>
    /// Drops the class's database. Tidying only — the whole cluster is deleted when the run ends — so a drop that still
    /// fails after a few tries (a busy machine, a connection another backend is just closing) is reported, not thrown:
    /// a cleanup hiccup must not fail the class whose tests passed.
    /// </summary>
    private static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var server = new NpgsqlConnection(PostgresLane.ServerConnectionString);
                await server.OpenAsync();
                await using var drop = server.CreateCommand();
                // The name came from PostgresLane: only [a-z0-9_]. FORCE ends any connection a pool still holds.
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (NpgsqlException e) when (attempt < 4)
            {
                await Console.Error.WriteLineAsync($"Dropping test database {name} failed ({e.Message}); retrying.");
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
            catch (NpgsqlException e)
            {
                await Console.Error.WriteLineAsync($"Test database {name} left for the cluster's deletion: {e.Message}");
                return;
            }
        }
    }
}

/// <summary>The SQLite lane's per-class app (xunit class fixture).</summary>
public sealed class SqliteFactory() : CaseworkFactory(DatabaseProvider.Sqlite);

/// <summary>The PostgreSQL lane's per-class app (xunit class fixture).</summary>
public sealed class PostgresFactory() : CaseworkFactory(DatabaseProvider.Postgres);
