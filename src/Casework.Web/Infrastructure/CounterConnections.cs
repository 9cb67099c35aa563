using Npgsql;

namespace Casework.Web.Infrastructure;

/// <summary>
/// Issue 14: on PostgreSQL a reference is taken on a connection of its own, outside the caller's transaction, so the
/// counter row is locked only for its one UPDATE, not until the caller's whole request commits (concurrent users
/// logging complaints queued behind it). The pool is separate from the requests' pool and small: a request that holds
/// its own connection while it takes a number never waits for a connection another such request holds.
/// </summary>
public sealed class CounterConnections(string connectionString) : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source = new NpgsqlDataSourceBuilder(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 16, ApplicationName = "casework-counters" }.ConnectionString).Build();

    /// <summary>Adds one to the counter <paramref name="name"/> in its own short transaction; null when there is no such counter.</summary>
    public async Task<long?> NextAsync(string name, CancellationToken ct)
    {
        await using var command = _source.CreateCommand("UPDATE \"Counters\" SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = $1 RETURNING \"Value\"");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return await command.ExecuteScalarAsync(ct) is long value ? value : null;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    public void Dispose() => _source.Dispose();
}
