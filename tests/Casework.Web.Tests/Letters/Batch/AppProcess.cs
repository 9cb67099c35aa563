using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Letters.Batch;

/// <summary>Where a real app process keeps its data: the database and the letter outbox, both outliving the process.</summary>
public sealed record AppStore(string Provider, string ConnectionString, string OutboxFolder, int LeaseSeconds = 3);

/// <summary>
/// The real app as a child process (<c>dotnet Casework.Web.dll</c>, as built alongside these tests) on 127.0.0.1 and a
/// free port, for what an in-process host cannot show: being killed mid-batch, and two nodes on one database.
/// The batch is never scheduled; demo data is on. Its console output is kept for a failing test's message.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private AppProcess(Process process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
    }

    public Uri BaseAddress { get; }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The app's last lines of console output.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return $"--- {Name} (pid {_process.Id}) ---{Environment.NewLine}{string.Join(Environment.NewLine, _output)}";
            }
        }
    }

    public static async Task<AppProcess> StartAsync(AppStore store, string name)
    {
        var webProject = Path.Combine(RepositoryRoot(), "src", "Casework.Web");
        var webBin = Path.Combine(webProject, "bin", BuildConfiguration(), "net10.0");
        var dll = Path.Combine(webBin, "Casework.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist: build src/Casework.Web in the same configuration as the tests.");
        }

        // Another process can take the port between probing and binding; a second port almost always works.
        for (var attempt = 1; ; attempt++)
        {
            var app = Launch(dll, webBin, webProject, FreePort(), store, name);
            try
            {
                await app.WaitUntilHealthyAsync();
                return app;
            }
            catch (Exception) when (attempt < 3 && app.RecentOutput.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await app.DisposeAsync();
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }
    }

    private static AppProcess Launch(string dll, string workingDirectory, string contentRoot, int port, AppStore store, string name)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", contentRoot })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = null;
        start.Environment["Database__Provider"] = store.Provider;
        start.Environment["ConnectionStrings__Casework"] = store.ConnectionString;
        start.Environment["Database__MigrateOnStartup"] = "true";
        start.Environment["Casework__DemoData"] = "true";
        start.Environment["Casework__Letters__ScheduleBatch"] = "false";
        start.Environment["Casework__Letters__OutboxFolder"] = store.OutboxFolder;
        start.Environment["Casework__Letters__LeaseSeconds"] = store.LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Casework"] = "Information";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process, baseAddress, name);
        process.OutputDataReceived += (_, e) => app.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => app.Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // If the test host ends without disposing, do not leave the app running.
        AppDomain.CurrentDomain.ProcessExit += app.OnTestHostExit;
        return app;
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
    public async Task KillAsync()
    {
        Kill();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(wait.Token);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = Client(timeout: TimeSpan.FromSeconds(5));
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Casework.Web exited with code {_process.ExitCode} before answering /health:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating and seeding.
            }

            if (deadline.Elapsed > _startTimeout)
            {
                throw new TimeoutException($"Casework.Web did not answer /health with 200 within {_startTimeout}:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(100);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 100)
            {
                _output.Dequeue();
            }
        }
    }

    private void OnTestHostExit(object? sender, EventArgs e) => Kill();

    /// <summary>Kills the process tree now, without waiting (safe to call from an event handler, and more than once).</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                // SIGKILL the app itself first, at once; then anything it started (finding those takes a while).
                _process.Kill(entireProcessTree: false);
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnTestHostExit;
        Kill();
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // Leave it.
            }
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Casework.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Casework.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>Debug or Release: the folder above the test assembly's target-framework folder (bin/Debug/net10.0).</summary>
    private static string BuildConfiguration()
    {
        var fromPath = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name;
        if (fromPath is "Debug" or "Release")
        {
            return fromPath;
        }

        return typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
    }

    /// <summary>The dotnet host running these tests, so the app runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";
}
