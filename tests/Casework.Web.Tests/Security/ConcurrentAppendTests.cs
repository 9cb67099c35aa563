using System.Collections.Concurrent;
using System.Net;
using Casework.Web.Tests.EmployerComplaints;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Casework.Web.Tests.Security;

/// <summary>
/// Issue 10 item 10: appends sent without a version (SR notes, plan lines) are retried on the server when another
/// request saved first, so writers at once all succeed; and an expected conflict is logged at Information without a
/// stack, never by EF at Error.
/// </summary>
public abstract class ConcurrentAppendTests(ConcurrentAppendTests.LoggedFactory app)
{
    private const int Writers = 10;

    [Fact]
    public async Task Issue10_notes_sent_at_once_without_a_version_are_all_kept_and_no_conflict_is_logged_as_an_error()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var from = app.Logs.Count;

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
            Task.Run(() => caseworker.Post(ApiClient.Sr(sr.Reference, "/notes"), new { text = $"Note {i}" }))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"A note was refused: {(int)r.StatusCode}"));
        var notes = (await caseworker.GetSr(sr.Reference)).Notes.Select(n => n.Text).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, Writers).Select(i => $"Note {i}").Order(StringComparer.Ordinal), notes);
        AssertConflictsLoggedQuietly(from);
    }

    [Fact]
    public async Task Issue10_plan_lines_added_at_once_are_all_kept_numbered_one_to_n_and_no_conflict_is_logged_as_an_error()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();
        var from = app.Logs.Count;

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() =>
            caseworker.TryAddLine(accepted.Reference, new { resolutionType = "Apology", description = $"Apology {i}", financial = (object?)null }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(Enumerable.Range(1, Writers), (await caseworker.GetEc(accepted.Reference)).Plan.Lines.Select(l => l.Id));
        AssertConflictsLoggedQuietly(from);
    }

    private void AssertConflictsLoggedQuietly(int from)
    {
        var logged = app.Logs.Skip(from).ToList();
        var loud = logged.Where(l => l.Level >= LogLevel.Error).ToList();
        Assert.True(loud.Count == 0, "Logged as errors:\n" + string.Join('\n', loud.Select(l => $"{l.Level} {l.Category}: {l.Message}")));
        Assert.All(logged.Where(l => l.Message.Contains("concurren", StringComparison.OrdinalIgnoreCase)), l =>
        {
            Assert.Equal(LogLevel.Information, l.Level);
            Assert.False(l.HasException, $"A conflict was logged with its exception: {l.Message}");
        });
    }

    public sealed record LogLine(LogLevel Level, string Category, string Message, bool HasException);

    /// <summary>The app with every log line from Information up kept in <see cref="Logs"/>.</summary>
    public class LoggedFactory(DatabaseProvider provider) : CaseworkFactory(provider), ILoggerProvider
    {
        private readonly ConcurrentQueue<LogLine> _logs = new();

        public IReadOnlyCollection<LogLine> Logs => _logs;

        public ILogger CreateLogger(string categoryName) => new Capture(categoryName, _logs);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Casework", "Information");
            builder.ConfigureTestServices(services => services.AddLogging(l => l.AddProvider(this)));
        }

        private sealed class Capture(string category, ConcurrentQueue<LogLine> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue(new LogLine(logLevel, category, formatter(state, exception), exception is not null));
        }
    }
}

public sealed class SqliteLoggedFactory() : ConcurrentAppendTests.LoggedFactory(DatabaseProvider.Sqlite);

public sealed class PostgresLoggedFactory() : ConcurrentAppendTests.LoggedFactory(DatabaseProvider.Postgres);

public sealed class ConcurrentAppendTests_Sqlite(SqliteLoggedFactory app) : ConcurrentAppendTests(app), IClassFixture<SqliteLoggedFactory>;

public sealed class ConcurrentAppendTests_Postgres(PostgresLoggedFactory app) : ConcurrentAppendTests(app), IClassFixture<PostgresLoggedFactory>;
