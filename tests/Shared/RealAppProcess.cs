using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Casework.Tests.Shared;

/// <summary>How to run the real app: its settings, and what a test project needs besides the defaults.</summary>
internal sealed class RealAppOptions
{
    /// <summary>Heads <see cref="RealAppProcess.RecentOutput"/> (with the pid) when set, to tell two processes apart.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Environment variables for the app, on top of the Development environment (a null value removes a variable).
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How many of the app's last console lines to keep.</summary>
    public int OutputLines { get; init; } = 200;

    /// <summary>How long to wait between two tries at /health.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs once /health has answered 200, on a client for the app; throws if the app is not fit for the tests.</summary>
    public Func<HttpClient, Task>? ReadyCheck { get; init; }

    /// <summary>Files to delete once the process is gone (a file still held open stays behind in the temp folder).</summary>
    public IReadOnlyList<string> TempFiles { get; init; } = [];

    /// <summary>Folders to delete, with all in them, once the process is gone.</summary>
    public IReadOnlyList<string> TempFolders { get; init; } = [];
}

/// <summary>
/// The real app as a child process (<c>dotnet Casework.Web.dll</c>, as built alongside the tests, in the same
/// configuration) on 127.0.0.1 and a free port, started and waited for until /health answers 200. Its console
/// output is kept for a failing test's message. Shared by the browser tests and the batch process tests.
/// </summary>
internal sealed class RealAppProcess : IAsyncDisposable
{
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan _exitTimeout = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly RealAppOptions _options;
    private readonly Queue<string> _output = new();

    private RealAppProcess(Process process, Uri baseAddress, RealAppOptions options)
    {
        _process = process;
        BaseAddress = baseAddress;
        _options = options;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The app's last lines of console output, headed by its name and pid when it has a name.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                var lines = string.Join(Environment.NewLine, _output);
                return _options.Name is null ? lines : $"--- {_options.Name} (pid {_process.Id}) ---{Environment.NewLine}{lines}";
            }
        }
    }

    public static async Task<RealAppProcess> StartAsync(RealAppOptions options)
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
            var app = Launch(dll, webBin, webProject, FreePort(), options);
            try
            {
                await app.WaitUntilReadyAsync();
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

    private static RealAppProcess Launch(string dll, string workingDirectory, string contentRoot, int port, RealAppOptions options)
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
        // Development generates the demo work (OPS-06) with a new database; journeys start from the demo organisation only.
        start.Environment["Casework__DemoWork"] = "false";
        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new RealAppProcess(process, baseAddress, options);
        process.OutputDataReceived += (_, e) => app.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => app.Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // If the test host ends without disposing, do not leave the app running.
        AppDomain.CurrentDomain.ProcessExit += app.OnTestHostExit;
        return app;
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

            await Task.Delay(_options.PollInterval);
        }

        if (_options.ReadyCheck is { } readyCheck)
        {
            await readyCheck(http);
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
            while (_output.Count > _options.OutputLines)
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

    /// <summary>Kills the process and everything it started, at once (no graceful shutdown), and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        Kill();
        using var wait = new CancellationTokenSource(_exitTimeout);
        await _process.WaitForExitAsync(wait.Token);
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnTestHostExit;
        Kill();
        using (var wait = new CancellationTokenSource(_exitTimeout))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // Leave it; the temp files below may then stay behind.
            }
        }

        _process.Dispose();
        foreach (var file in _options.TempFiles)
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

        foreach (var folder in _options.TempFolders)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // Only a leftover in the temp folder.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder holding Casework.slnx, above the test assembly.</summary>
    public static string RepositoryRoot()
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

        return typeof(RealAppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
    }

    /// <summary>The dotnet host running these tests, so the app runs on the same SDK's runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";
}
