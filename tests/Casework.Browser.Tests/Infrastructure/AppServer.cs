using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>
/// The real app as a child process (<c>dotnet Casework.Web.dll</c>), on 127.0.0.1 and a free port, with demo data
/// in a throwaway SQLite file. Not WebApplicationFactory: the browser needs a real socket and the real static files.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _databasePath;
    private readonly Queue<string> _output = new();

    private AppServer(Process process, Uri baseAddress, string databasePath, string outboxFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        _databasePath = databasePath;
        OutboxFolder = outboxFolder;
    }

    public Uri BaseAddress { get; }

    /// <summary>Where the app's letter batch delivers letters: a temp folder of its own, deleted on dispose.</summary>
    public string OutboxFolder { get; }

    /// <summary>The app's last lines of console output, for a failing test's report.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    public static async Task<AppServer> StartAsync()
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
            var server = Launch(dll, webBin, webProject, FreePort());
            try
            {
                await server.WaitUntilReadyAsync();
                return server;
            }
            catch (Exception) when (attempt < 3 && server.RecentOutput.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    private static AppServer Launch(string dll, string workingDirectory, string contentRoot, int port)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var databasePath = Path.Combine(Path.GetTempPath(), $"casework-browser-{Guid.NewGuid():N}.db");
        var outboxFolder = Path.Combine(Path.GetTempPath(), $"casework-browser-outbox-{Guid.NewGuid():N}");
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
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Casework__DemoData"] = "true";
        start.Environment["ConnectionStrings__Casework"] = $"Data Source={databasePath}";
        // Letters go out only when a journey runs the batch, into a folder of this run's own.
        start.Environment["Casework__Letters__OutboxFolder"] = outboxFolder;
        start.Environment["Casework__Letters__ScheduleBatch"] = "false";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new AppServer(process, baseAddress, databasePath, outboxFolder);
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // If the test host ends without disposing the fixture, do not leave the app running.
        AppDomain.CurrentDomain.ProcessExit += server.OnTestHostExit;
        return server;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
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
                    break;
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

            await Task.Delay(200);
        }

        // Without the content root the pages render unstyled; fail here rather than in every journey.
        using var css = await http.GetAsync(new Uri("/lib/govuk/govuk-frontend.min.css", UriKind.Relative));
        if (css.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"/lib/govuk/govuk-frontend.min.css answered {(int)css.StatusCode}: the content root or wwwroot/lib is missing (does the web project's npm step run?).");
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
            while (_output.Count > 200)
            {
                _output.Dequeue();
            }
        }
    }

    private void OnTestHostExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
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
                // Leave it; the files below may then stay behind in the temp folder.
            }
        }

        _process.Dispose();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A file still held open is only a leftover in the temp folder.
            }
        }

        try
        {
            if (Directory.Exists(OutboxFolder))
            {
                Directory.Delete(OutboxFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Only a leftover in the temp folder.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
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

        return typeof(AppServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
    }

    /// <summary>The dotnet host running these tests, so the app runs on the same SDK's runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";
}
