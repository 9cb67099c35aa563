using Microsoft.Playwright;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>
/// Headless Chromium from the machine (Debian's <c>chromium</c>), driven by the Node driver that ships in the
/// Microsoft.Playwright package (bin/.playwright). Nothing is downloaded: no <c>playwright install</c>.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ExecutableVariable = "CASEWORK_CHROMIUM";
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly string[] _args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable(ExecutableVariable) ?? DefaultExecutable;

    public static async Task<Browser> LaunchAsync()
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            // A missing browser is a broken test machine, not a reason to skip: fail loudly.
            throw new InvalidOperationException(
                $"Chromium is not installed at {executable}. Install Debian's chromium (apt-get install chromium) " +
                $"or set {ExecutableVariable} to a Chromium binary. The browser tests never download one.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = _args,
                Timeout = 30_000,
            });
            return new Browser(playwright, chromium);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
