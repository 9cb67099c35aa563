using System.Net;
using Casework.Tests.Shared;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>
/// The real app as a child process (<c>dotnet Casework.Web.dll</c>, see <see cref="RealAppProcess"/>), on 127.0.0.1
/// and a free port, with demo data in a throwaway SQLite file. Not WebApplicationFactory: the browser needs a real
/// socket and the real static files.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly RealAppProcess _app;

    private AppServer(RealAppProcess app, string outboxFolder)
    {
        _app = app;
        OutboxFolder = outboxFolder;
    }

    public Uri BaseAddress => _app.BaseAddress;

    /// <summary>Where the app's letter batch delivers letters: a temp folder of its own, deleted on dispose.</summary>
    public string OutboxFolder { get; }

    /// <summary>The app's last lines of console output, for a failing test's report.</summary>
    public string RecentOutput => _app.RecentOutput;

    public static async Task<AppServer> StartAsync()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"casework-browser-{Guid.NewGuid():N}.db");
        var outboxFolder = Path.Combine(Path.GetTempPath(), $"casework-browser-outbox-{Guid.NewGuid():N}");
        var app = await RealAppProcess.StartAsync(new RealAppOptions
        {
            Environment = new Dictionary<string, string?>
            {
                ["Database__Provider"] = "Sqlite",
                ["Casework__DemoData"] = "true",
                ["ConnectionStrings__Casework"] = $"Data Source={databasePath}",
                // Letters go out only when a journey runs the batch, into a folder of this run's own.
                ["Casework__Letters__OutboxFolder"] = outboxFolder,
                ["Casework__Letters__ScheduleBatch"] = "false",
                // GET /Errors/Fail throws, so a journey can see the 500 page (OPS-05).
                ["Casework__Diagnostics__FailureRoutes"] = "true",
            },
            OutputLines = 200,
            PollInterval = TimeSpan.FromMilliseconds(200),
            ReadyCheck = StylesheetServedAsync,
            TempFiles = [databasePath, databasePath + "-wal", databasePath + "-shm"],
            TempFolders = [outboxFolder],
        });
        return new AppServer(app, outboxFolder);
    }

    /// <summary>Without the content root the pages render unstyled; fail here rather than in every journey.</summary>
    private static async Task StylesheetServedAsync(HttpClient http)
    {
        using var css = await http.GetAsync(new Uri("/lib/govuk/govuk-frontend.min.css", UriKind.Relative));
        if (css.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"/lib/govuk/govuk-frontend.min.css answered {(int)css.StatusCode}: the content root or wwwroot/lib is missing (does the web project's npm step run?).");
        }
    }

    internal static string RepositoryRoot() => RealAppProcess.RepositoryRoot();

    /// <summary>Kills the app and deletes its database and outbox.</summary>
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
