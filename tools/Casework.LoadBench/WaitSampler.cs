using System.Globalization;
using System.Text;
using Npgsql;

namespace Casework.LoadBench;

/// <summary>
/// Samples <c>pg_stat_activity</c> every 200 ms during a step (read-only): how many of the database's backends are
/// active, and on what they wait, with the start of the statement — a lock queue (say on the SR counter) shows here.
/// </summary>
internal sealed class WaitSampler : IAsyncDisposable
{
    private const string Sql = """
        SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU'), left(regexp_replace(query, '\s+', ' ', 'g'), 70)
        FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()
        """;

    private readonly NpgsqlDataSource _data;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private int _samples;
    private int _active;

    private WaitSampler(NpgsqlDataSource data)
    {
        _data = data;
        _loop = Task.Run(LoopAsync);
    }

    public static WaitSampler Start(NpgsqlDataSource data) => new(data);

    /// <summary>Average active backends and the most frequent (wait, statement) pairs, as the share of samples they appear in.</summary>
    public async Task<string> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        if (_samples == 0)
        {
            return "";
        }

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"  pg: {(double)_active / _samples:F1} active backends on average ({_samples} samples); most seen:"));
        foreach (var (key, n) in _seen.OrderByDescending(p => p.Value).Take(6))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    {(double)n / _samples,5:F2} × {key}");
        }

        return text.AppendLine().ToString();
    }

    private async Task LoopAsync()
    {
        try
        {
            await using var conn = await _data.OpenConnectionAsync(_stop.Token);
            while (!_stop.IsCancellationRequested)
            {
                await using (var cmd = new NpgsqlCommand(Sql, conn))
                await using (var reader = await cmd.ExecuteReaderAsync(_stop.Token))
                {
                    _samples++;
                    while (await reader.ReadAsync(_stop.Token))
                    {
                        _active++;
                        var key = $"{reader.GetString(0)} {reader.GetString(1)}";
                        _seen[key] = _seen.GetValueOrDefault(key) + 1;
                    }
                }

                await Task.Delay(200, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
