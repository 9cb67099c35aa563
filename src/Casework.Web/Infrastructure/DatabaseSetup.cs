using Casework.Web.Data;
using Casework.Web.Data.Postgres;
using Casework.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Casework.Web.Infrastructure;

/// <summary>
/// Chooses the provider from configuration: <c>Database:Provider</c> = Sqlite (default) or Postgres,
/// connection string <c>ConnectionStrings:Casework</c>. Handlers only ever see <see cref="CaseworkDbContext"/>.
/// OPS-04: each provider's model is the compiled one in <c>Data/&lt;Provider&gt;/CompiledModel</c> (built at compile time,
/// not at the first query); <c>bash tools/ef-optimize.sh</c> regenerates both after a model change, and
/// <c>CompiledModelTests</c> fails until it is run.
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=casework.db";

    public static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddCaseworkDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Casework");
        if (IsPostgres(configuration))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Casework is not set.");
            }

            var postgres = PostgresConnectionString(connectionString);
            services.AddSingleton(_ => new CounterConnections(postgres));
            services.AddDbContext<CaseworkDbContext, PostgresCaseworkDbContext>(o => o.UseNpgsql(postgres).Compiled(postgres: true).QuietConflicts());
        }
        else
        {
            services.AddDbContext<CaseworkDbContext, SqliteCaseworkDbContext>(
                o => o.UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString).Compiled(postgres: false).QuietConflicts());
        }

        return services;
    }

    /// <summary>
    /// Issue 14: Npgsql sends <c>DISCARD ALL</c> each time a pooled connection is returned — one per query outside a
    /// transaction. The app keeps no session state on a connection (no <c>SET</c>, temporary tables, session advisory locks
    /// or listens), so the reset is skipped: <c>No Reset On Close=true</c>, unless the configured string says otherwise.
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        var builder = new NpgsqlConnectionStringBuilder(configured);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
        if (!given.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", string.Empty, StringComparison.Ordinal), "NoResetOnClose", StringComparison.OrdinalIgnoreCase)))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>The provider's compiled model; none in the build tools/ef-optimize.sh makes to regenerate them.</summary>
    private static DbContextOptionsBuilder Compiled(this DbContextOptionsBuilder options, bool postgres)
    {
#if WITHOUT_COMPILED_MODELS
        _ = postgres;
        return options;
#else
        return options.UseModel(postgres
            ? Data.Postgres.CompiledModel.PostgresCaseworkDbContextModel.Instance
            : Data.Sqlite.CompiledModel.SqliteCaseworkDbContextModel.Instance);
#endif
    }

    /// <summary>
    /// EF logs every failed save and command at Error with a stack; a concurrency conflict is expected (issue 10 item 10)
    /// and ExceptionHandling logs it at Information. Any other failure still reaches ExceptionHandling (or the job that
    /// ran it) and is logged there at Error with its stack, so nothing is lost by quietening EF's copy.
    /// </summary>
    private static DbContextOptionsBuilder QuietConflicts(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
}
