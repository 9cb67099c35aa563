using System.Diagnostics;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Data.Postgres;
using Casework.Web.Data.Sqlite;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace Casework.Web.Tests.Letters.Batch;

/// <summary>
/// COR-02 "sent exactly once" with real app processes: one killed in the middle of the batch and restarted on the
/// same database and outbox, and two nodes on one PostgreSQL database running the batch at the same moment.
/// Exactly once means: one file per letter, one manifest line per letter, nothing half-written, every letter
/// Sent by exactly one batch, and the batches' counts add up to the letters.
/// </summary>
public sealed class ExactlyOnceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Letters = 200;
    private const int LeaseSeconds = 3;
    private const int KillAfter = 20;
    private static readonly TimeSpan _runTimeout = TimeSpan.FromSeconds(60);

    private readonly string _outbox = Path.Combine(Path.GetTempPath(), $"casework-outbox-{Guid.NewGuid():N}");
    private readonly List<AppProcess> _apps = [];
    private string? _sqliteFile;
    private string? _postgresDatabase;

    [Fact]
    public async Task COR02_a_batch_killed_mid_run_is_finished_by_the_next_run_and_every_letter_is_sent_exactly_once()
    {
        _sqliteFile = Path.Combine(Path.GetTempPath(), $"casework-batch-{Guid.NewGuid():N}.db");
        var store = new AppStore("Sqlite", new SqliteConnectionStringBuilder { DataSource = _sqliteFile }.ToString(), _outbox, LeaseSeconds);
        var outbox = new Outbox(_outbox);

        var first = await StartAsync(store, "first");
        var (reference, ids) = await QueueLettersAsync(first);
        using var firstLeader = await first.LoginAs("teamleader", Timeout.InfiniteTimeSpan);

        // Kill the moment the 20th letter file appears (renamed from *.partial): most likely before its letter is
        // recorded as Sent, so the next run finds a delivered letter that is still queued.
        Directory.CreateDirectory(_outbox);
        using var watcher = new FileSystemWatcher(_outbox) { NotifyFilter = NotifyFilters.FileName };
        var delivered = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Renamed += (_, e) =>
        {
            if (!e.Name!.EndsWith(".partial", StringComparison.Ordinal) && Interlocked.Increment(ref delivered) == KillAfter)
            {
                killed.TrySetResult();
                first.Kill();
            }
        };
        watcher.EnableRaisingEvents = true;
        var killedRun = firstLeader.TryRunBatch();
        var ended = await Task.WhenAny(killed.Task, killedRun, Task.Delay(_runTimeout));
        if (ended != killed.Task)
        {
            Assert.Fail($"The batch was not killed after {KillAfter} letters ({outbox.LetterFiles().Count} delivered): "
                + $"{(killedRun.IsCompleted ? await Describe(killedRun) : "timed out")}{Environment.NewLine}{first.RecentOutput}");
        }

        await first.KillAsync();
        var killedAt = Stopwatch.StartNew();
        watcher.EnableRaisingEvents = false;
        var filesAtKill = outbox.LetterFiles().Count;
        await Assert.ThrowsAnyAsync<Exception>(() => killedRun);
        var afterKill = await LettersInDatabaseAsync(store);
        var sentBeforeKill = afterKill.Count(l => l.Status == LetterStatus.Sent);
        output.WriteLine($"Killed pid {first.ProcessId} with {filesAtKill} files delivered, {sentBeforeKill} letters recorded as sent, "
            + $"{outbox.PartialFiles().Count} half-written and {outbox.ManifestLines().Count} manifest lines.");
        Assert.True(filesAtKill < Letters, $"The batch delivered all {Letters} letters before the kill: the test proves nothing. Queue more letters.");
        Assert.InRange(sentBeforeKill, 1, Letters - 1);

        var second = await StartAsync(store, "second");
        var remaining = TimeSpan.FromSeconds(LeaseSeconds + 0.5) - killedAt.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        using var secondLeader = await second.LoginAs("teamleader");
        var run = await RunUntilItRunsAsync(secondLeader);

        Assert.Equal(Letters - sentBeforeKill, run.Sent);
        Assert.Equal(0, run.StillQueued);
        using var caseworker = await second.LoginAs("caseworker");
        Assert.All(await caseworker.LettersFor(reference), l => Assert.Equal("Sent", l.Status));
        AssertEveryLetterDeliveredOnce(outbox, ids);
        var letters = await LettersInDatabaseAsync(store);
        var killedBatch = afterKill.Where(l => l.BatchId is not null).Select(l => l.BatchId!).Distinct().ToList();
        Assert.Single(killedBatch);
        Assert.Contains($":{first.ProcessId}:", killedBatch[0], StringComparison.Ordinal);
        Assert.All(letters, l => Assert.Contains(l.BatchId, new[] { killedBatch[0], run.BatchId }));
        Assert.Equal(sentBeforeKill, letters.Count(l => l.BatchId == killedBatch[0]));
        Assert.Equal(run.Sent, letters.Count(l => l.BatchId == run.BatchId));
    }

    [Fact]
    public async Task COR02_two_app_nodes_running_the_batch_at_the_same_moment_send_every_letter_exactly_once()
    {
        var connectionString = await PostgresLane.CreateDatabaseAsync("casework_batch");
        _postgresDatabase = connectionString;
        var store = new AppStore("Postgres", connectionString, _outbox, LeaseSeconds);
        var outbox = new Outbox(_outbox);

        var one = await StartAsync(store, "node one");
        var two = await StartAsync(store, "node two");
        var (reference, ids) = await QueueLettersAsync(one);
        using var leaderOne = await one.LoginAs("teamleader", _runTimeout);
        using var leaderTwo = await two.LoginAs("teamleader", _runTimeout);

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = new[] { leaderOne, leaderTwo }.Select(async leader =>
        {
            await go.Task;
            return await leader.RunBatch();
        }).ToList();
        go.SetResult();
        var raced = await Task.WhenAll(racing);
        var drain = await leaderTwo.RunBatch();
        var runs = raced.Append(drain).ToList();
        output.WriteLine(string.Join(Environment.NewLine, runs.Select(r => $"{r.BatchId}: ran={r.Ran} sent={r.Sent} stillQueued={r.StillQueued}")));

        Assert.Contains(raced, r => r.Ran);
        Assert.True(drain.Ran, "nothing holds the lease any more, so the last run should run");
        Assert.Equal(0, drain.StillQueued);
        Assert.Equal(Letters, runs.Sum(r => r.Sent));
        Assert.All(runs.Where(r => !r.Ran), r => Assert.Equal(0, r.Sent));
        using var caseworker = await two.LoginAs("caseworker");
        Assert.All(await caseworker.LettersFor(reference), l => Assert.Equal("Sent", l.Status));
        AssertEveryLetterDeliveredOnce(outbox, ids);
        var letters = await LettersInDatabaseAsync(store);
        Assert.All(letters, l => Assert.Contains(l.BatchId, runs.Where(r => r.Ran).Select(r => r.BatchId)));
        Assert.All(runs, r => Assert.Equal(r.Sent, letters.Count(l => l.BatchId == r.BatchId)));
    }

    private async Task<AppProcess> StartAsync(AppStore store, string name)
    {
        var app = await AppProcess.StartAsync(store, name);
        _apps.Add(app);
        return app;
    }

    /// <summary>An SR on a demo employer with <see cref="Letters"/> CMSL8500 letters queued on it through the API.</summary>
    private static async Task<(string Reference, List<int> Ids)> QueueLettersAsync(AppProcess app)
    {
        using var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var ids = new List<int>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Letters), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, _) =>
        {
            var letter = await caseworker.QueueLetter(sr.Reference);
            lock (ids)
            {
                ids.Add(letter.Id);
            }
        });

        var queued = await caseworker.LettersFor(sr.Reference);
        Assert.Equal(Letters, queued.Count);
        Assert.All(queued, l => Assert.Equal("Queued", l.Status));
        return (sr.Reference, ids);
    }

    /// <summary>Runs the batch, again while another runner's (here: a dead one's) lease has not yet expired.</summary>
    private static async Task<BatchView> RunUntilItRunsAsync(HttpClient teamLeader)
    {
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            var run = await teamLeader.RunBatch();
            if (run.Ran)
            {
                return run;
            }

            Assert.True(waiting.Elapsed < TimeSpan.FromSeconds(LeaseSeconds * 5), $"The batch still reports ran=false after {waiting.Elapsed}: the dead runner's lease never expired.");
            await Task.Delay(250);
        }
    }

    private static void AssertEveryLetterDeliveredOnce(Outbox outbox, List<int> ids)
    {
        outbox.AssertDeliveredExactlyOnce(ids);
        Assert.Equal(ids.Count, outbox.LetterFiles().Count);
        Assert.Equal(ids.Count, outbox.ManifestLines().Count);
    }

    private static async Task<List<(int Id, LetterStatus Status, string? BatchId)>> LettersInDatabaseAsync(AppStore store)
    {
        await using CaseworkDbContext db = store.Provider == "Postgres"
            ? new PostgresCaseworkDbContext(new DbContextOptionsBuilder<PostgresCaseworkDbContext>().UseNpgsql(store.ConnectionString).Options)
            : new SqliteCaseworkDbContext(new DbContextOptionsBuilder<SqliteCaseworkDbContext>().UseSqlite(store.ConnectionString).Options);
        var rows = await db.Letters.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.Status, l.BatchId }).ToListAsync();
        return [.. rows.Select(r => (r.Id, r.Status, r.BatchId))];
    }

    private static async Task<string> Describe(Task<HttpResponseMessage> run)
    {
        try
        {
            var response = await run;
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
        catch (Exception e)
        {
            return e.Message;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            output.WriteLine(app.RecentOutput);
            await app.DisposeAsync();
        }

        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm", _sqliteFile + "-journal" })
            {
                File.Delete(file);
            }
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(_postgresDatabase).Database!;
            await using var server = new NpgsqlConnection(PostgresLane.ServerConnectionString);
            await server.OpenAsync();
            await using var drop = server.CreateCommand();
            // The name came from PostgresLane: only [a-z0-9_].
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }
}
