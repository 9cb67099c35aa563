using Npgsql;

namespace Casework.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL lane. <c>bash scripts/test.sh</c> (or <c>bash scripts/pg.sh</c>, for running tests
/// from an IDE) starts a throwaway cluster on 127.0.0.1 and exports <see cref="EnvironmentVariable"/>:
/// a login role with CREATEDB, connected to the <c>postgres</c> database. Each test class makes its
/// own database from it, so classes run in parallel without seeing each other's rows.
/// </summary>
internal static class PostgresLane
{
    public const string EnvironmentVariable = "CASEWORK_TEST_POSTGRES";

    /// <summary>The server's connection string, or null when no cluster was started for this run.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static bool IsAvailable => ServerConnectionString is not null;

    public const string HowToStart =
        $"{EnvironmentVariable} is not set: run `bash scripts/test.sh`, or start a cluster with " +
        "`bash scripts/pg.sh` and export the line it prints.";

    /// <summary>
    /// Creates an empty database with a fresh name and returns a connection string to it.
    /// Nothing drops it: the whole cluster is deleted when the run ends.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(HowToStart);
        var name = $"{Identifier(prefix)}_{Guid.NewGuid():N}";

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // A database name cannot be a parameter; Identifier() leaves only [a-z0-9] in it.
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync(cancellationToken);

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    // PostgreSQL names are at most 63 bytes; 30 + '_' + 32 hex digits fits.
    private static string Identifier(string prefix)
    {
        var safe = new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());
        return safe.Length > 0 ? safe : "test";
    }
}
