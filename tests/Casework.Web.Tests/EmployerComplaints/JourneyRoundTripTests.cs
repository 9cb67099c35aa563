using System.Data.Common;
using Casework.Web.Data.Postgres;
using Casework.Web.Data.Sqlite;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// Issue 14, journey efficiency: the 8-call complaint journey (log, valid, plan line, issue, agrees, line done, close, get)
/// through the HTTP pipeline costs a bounded number of database commands per call — the current user's staff record
/// and the employer read once per request, audit rows in the change's own batch, no savepoint in the log's transaction.
/// Counted with a command interceptor (each command is one round trip; a batch is one command).
/// </summary>
public abstract class JourneyRoundTripTests(CommandCountingFactory app, ITestOutputHelper output)
{
    /// <summary>
    /// Commands besides the save, per call at most. Before issue 14 the journey sent 56 (log 9, valid 8, plan line 6,
    /// issue 8, agrees 6, done 6, close 8, get 5): the employer was read again for each letter's recipient, its fields and
    /// each answer, and the log read the employer's complaints twice. Now 48 on SQLite, 47 on PostgreSQL (whose SR number
    /// is taken on a connection of its own, outside this count).
    /// </summary>
    private static readonly Dictionary<string, int> _bounds = new(StringComparer.Ordinal)
    {
        ["log"] = 7, ["valid"] = 6, ["line"] = 6, ["issue"] = 6, ["agrees"] = 6, ["done"] = 6, ["close"] = 6, ["get"] = 5,
    };

    private const int JourneyBound = 48;

    [Fact]
    public async Task PERF02_the_complaint_journey_costs_a_bounded_number_of_database_commands_per_call()
    {
        var caseworker = await app.LoginAs("caseworker");
        // The token's first use checks its security stamp (two reads, then cached): not part of the journey.
        (await caseworker.GetAsync(new Uri("/api/resolution-types", UriKind.Relative))).EnsureSuccessStatusCode();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string reference = string.Empty;
        var lineId = 0;

        var saves = new Dictionary<string, int>(StringComparer.Ordinal);
        async Task Count(string call, Func<Task> send)
        {
            var before = app.Commands.Count;
            await send();
            var sent = app.Commands.Since(before);
            output.WriteLine($"{call}: " + string.Join(" | ", sent.Select(c => $"{c.Source}: {c.Sql}")));
            saves[call] = sent.Count(c => c.Source == CommandSource.SaveChanges);
            counts[call] = sent.Count - saves[call];
        }

        await Count("log", async () => reference = (await caseworker.LogComplaint(issue: "Journey round trips")).Reference);
        await Count("valid", () => caseworker.TryValid(reference).Ok());
        await Count("line", async () => lineId = (await caseworker.AddLine(reference)).Id);
        await Count("issue", () => caseworker.TryIssue(reference, reachedByPhone: false).Ok());
        await Count("agrees", () => caseworker.TryRespond(reference, agrees: true, "Agreed").Ok());
        await Count("done", () => caseworker.TryLineDone(reference, lineId).Ok());
        await Count("close", () => caseworker.TryClose(reference).Ok());
        EmployerComplaintView closed = null!;
        await Count("get", async () => closed = await caseworker.GetEc(reference));

        output.WriteLine(string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}+{saves[c.Key]}")) + $"; reads {counts.Values.Sum()}, saves {saves.Values.Sum()}");
        Assert.Equal(SrStatus.Closed, closed.Status);
        Assert.All(counts, c => Assert.True(c.Value <= _bounds[c.Key], $"{c.Key} sent {c.Value} commands besides its save (at most {_bounds[c.Key]})."));
        Assert.True(counts.Values.Sum() <= JourneyBound, $"The journey sent {counts.Values.Sum()} commands besides its saves (at most {JourneyBound}).");
        if (app.Provider == DatabaseProvider.Postgres)
        {
            // One batch per change: the complaint, its SR, the letter and the audit rows go in one round trip (SQLite sends
            // each row on its own, in process). Logging inserts rows that need the keys of rows inserted before them.
            Assert.All(saves, c => Assert.InRange(c.Value, c.Key == "get" ? 0 : 1, c.Key switch { "get" => 0, "log" => 3, _ => 1 }));
        }
    }
}

/// <summary>The app with a command interceptor that counts every command its unit of work sends.</summary>
public class CommandCountingFactory(DatabaseProvider provider) : CaseworkFactory(provider)
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:Complaints:ScheduleDeadlineJob", "false");
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteCaseworkDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgresCaseworkDbContext>(o => o.AddInterceptors(Commands));
        });
    }
}

/// <summary>Counts commands — counting, not mocking: every command still runs — and notes what sent each and its first words.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(CommandSource Source, string Sql)> _commands = new();

    public int Count => _commands.Count;

    /// <summary>The commands from the <paramref name="skip"/>th on.</summary>
    public IReadOnlyList<(CommandSource Source, string Sql)> Since(int skip) => [.. _commands.Skip(skip)];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Note(DbCommand command, CommandEventData eventData) =>
        _commands.Enqueue((eventData.CommandSource, command.CommandText.Length > 90 ? command.CommandText[..90].ReplaceLineEndings(" ") : command.CommandText.ReplaceLineEndings(" ")));
}

public sealed class SqliteCommandCountingFactory() : CommandCountingFactory(DatabaseProvider.Sqlite);

public sealed class PostgresCommandCountingFactory() : CommandCountingFactory(DatabaseProvider.Postgres);

public sealed class JourneyRoundTripTests_Sqlite(SqliteCommandCountingFactory app, ITestOutputHelper output)
    : JourneyRoundTripTests(app, output), IClassFixture<SqliteCommandCountingFactory>;

public sealed class JourneyRoundTripTests_Postgres(PostgresCommandCountingFactory app, ITestOutputHelper output)
    : JourneyRoundTripTests(app, output), IClassFixture<PostgresCommandCountingFactory>;
