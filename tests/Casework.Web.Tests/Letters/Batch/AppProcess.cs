using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Casework.Tests.Shared;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Letters.Batch;

/// <summary>Where a real app process keeps its data: the database and the letter outbox, both outliving the process.</summary>
public sealed record AppStore(string Provider, string ConnectionString, string OutboxFolder, int LeaseSeconds = 3);

/// <summary>
/// The real app as a child process (<c>dotnet Casework.Web.dll</c>, see <see cref="RealAppProcess"/>) on 127.0.0.1 and a
/// free port, for what an in-process host cannot show: being killed mid-batch, and two nodes on one database.
/// The batch is never scheduled; demo data is on. Its console output is kept for a failing test's message.
/// A new process on the same <see cref="AppStore"/> picks up where a killed one left off: the store is never deleted here.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly RealAppProcess _app;

    private AppProcess(RealAppProcess app, string name)
    {
        _app = app;
        Name = name;
    }

    public Uri BaseAddress => _app.BaseAddress;

    public string Name { get; }

    public int ProcessId => _app.ProcessId;

    public bool HasExited => _app.HasExited;

    /// <summary>The app's last lines of console output.</summary>
    public string RecentOutput => _app.RecentOutput;

    public static async Task<AppProcess> StartAsync(AppStore store, string name)
    {
        var app = await RealAppProcess.StartAsync(new RealAppOptions
        {
            Name = name,
            Environment = new Dictionary<string, string?>
            {
                ["Database__Provider"] = store.Provider,
                ["ConnectionStrings__Casework"] = store.ConnectionString,
                ["Database__MigrateOnStartup"] = "true",
                ["Casework__DemoData"] = "true",
                ["Casework__Letters__ScheduleBatch"] = "false",
                ["Casework__Letters__OutboxFolder"] = store.OutboxFolder,
                ["Casework__Letters__LeaseSeconds"] = store.LeaseSeconds.ToString(CultureInfo.InvariantCulture),
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Casework"] = "Information",
            },
            OutputLines = 100,
            PollInterval = TimeSpan.FromMilliseconds(100),
        });
        return new AppProcess(app, name);
    }

    /// <summary>A client on this process; with <paramref name="token"/> as its bearer token.</summary>
    public HttpClient Client(string? token = null, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    /// <summary>Signs a demo user in on this process (POST /api/auth/login) and returns a client carrying the token.</summary>
    public async Task<HttpClient> LoginAs(string userName, TimeSpan? timeout = null)
    {
        using var anonymous = Client();
        var login = await (await anonymous.Login(userName, ApiClient.DemoPassword)).Read<LoginView>(HttpStatusCode.OK);
        return Client(login.AccessToken, timeout);
    }

    /// <summary>Kills the process and everything it started, at once (no graceful shutdown), and waits until it is gone.</summary>
    public Task KillAsync() => _app.KillAsync();

    /// <summary>Kills the process tree now, without waiting (safe to call from an event handler, and more than once).</summary>
    public void Kill() => _app.Kill();

    /// <summary>Kills the process; its store stays, for the next process or the test's own clean-up.</summary>
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
