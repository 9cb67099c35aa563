using System.Collections.Concurrent;
using Npgsql;

namespace Casework.JourneyBench;

/// <summary>One statement's counters in pg_stat_statements (summed over the roles that ran it).</summary>
public sealed record StatementStat(long Calls, double ExecMs, string Query);

/// <summary>
/// What PostgreSQL saw during a phase: statements executed (pg_stat_statements deltas for the benchmark's database) and
/// what active backends were waiting on (pg_stat_activity sampled every 100 ms). Connects to the <c>postgres</c>
/// database so its own queries are not counted against the benchmark's.
/// </summary>
public sealed class PgMonitor(NpgsqlDataSource monitor, string database) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _waits = new(StringComparer.Ordinal);
    private CancellationTokenSource? _sampling;
    private Task? _sampler;
    private int _samples;

    public static async Task<PgMonitor?> OpenAsync(string connection)
    {
        var target = new NpgsqlConnectionStringBuilder(connection);
        var database = target.Database ?? "postgres";
        var own = new NpgsqlConnectionStringBuilder(connection) { Database = "postgres", Pooling = true, MaxPoolSize = 2 };
        var source = NpgsqlDataSource.Create(own.ConnectionString);
        try
        {
            await using var cmd = source.CreateCommand("SELECT count(*) FROM pg_stat_statements LIMIT 1");
            await cmd.ExecuteScalarAsync();
        }
        catch (PostgresException e)
        {
            Console.WriteLine($"pg_stat_statements unavailable ({e.MessageText}); statements per journey not counted.");
            await source.DisposeAsync();
            return null;
        }

        return new PgMonitor(source, database);
    }

    public async Task<Dictionary<long, StatementStat>> StatementsAsync()
    {
        await using var cmd = monitor.CreateCommand("""
            SELECT s.queryid, sum(s.calls)::bigint, sum(s.total_exec_time), min(s.query)
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            WHERE d.datname = $1 AND s.queryid IS NOT NULL
            GROUP BY s.queryid
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = database });
        var result = new Dictionary<long, StatementStat>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetInt64(0)] = new StatementStat(reader.GetInt64(1), reader.GetDouble(2), reader.GetString(3));
        }

        return result;
    }

    public static List<StatementStat> Delta(Dictionary<long, StatementStat> before, Dictionary<long, StatementStat> after) =>
        [.. after.Select(a => before.TryGetValue(a.Key, out var b)
                ? new StatementStat(a.Value.Calls - b.Calls, a.Value.ExecMs - b.ExecMs, a.Value.Query)
                : a.Value)
            .Where(s => s.Calls > 0)
            .OrderByDescending(s => s.Calls)];

    public void StartSampling()
    {
        _waits.Clear();
        _samples = 0;
        _sampling = new CancellationTokenSource();
        var ct = _sampling.Token;
        _sampler = Task.Run(async () =>
        {
            while (!ct.IsCancellationRequested)
            {
                await SampleAsync(ct);
                try
                {
                    await Task.Delay(100, ct);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }, CancellationToken.None);
    }

    /// <summary>Stops sampling; answers the wait events seen (per sample: active backends of the database, by wait) and the sample count.</summary>
    public async Task<(IReadOnlyList<KeyValuePair<string, int>> Waits, int Samples)> StopSamplingAsync()
    {
        if (_sampling is null || _sampler is null)
        {
            return ([], 0);
        }

        await _sampling.CancelAsync();
        await _sampler;
        _sampling.Dispose();
        return ([.. _waits.OrderByDescending(w => w.Value)], _samples);
    }

    private async Task SampleAsync(CancellationToken ct)
    {
        try
        {
            await using var cmd = monitor.CreateCommand("""
                SELECT CASE WHEN state <> 'active' THEN 'idle in transaction (waiting for the app)'
                            WHEN wait_event_type = 'Lock'
                                THEN wait_event_type || ':' || wait_event || ' [' || left(regexp_replace(query, '\s+', ' ', 'g'), 48) || ']'
                            ELSE coalesce(wait_event_type || ':' || wait_event, 'running (CPU)') END,
                       count(*)::int
                FROM pg_stat_activity
                WHERE datname = $1 AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid()
                GROUP BY 1
                """);
            cmd.Parameters.Add(new NpgsqlParameter { Value = database });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                _waits.AddOrUpdate(reader.GetString(0), reader.GetInt32(1), (_, n) => n + reader.GetInt32(1));
            }

            Interlocked.Increment(ref _samples);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync() => await monitor.DisposeAsync();
}
