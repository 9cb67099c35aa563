using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>
/// One test's browsing: each user gets a browser context of their own (own cookies), traced. When the journey
/// fails, every open page is screenshotted and the traces are kept, under <see cref="ArtifactsDirectory"/>.
/// </summary>
public sealed partial class Journey(CaseworkApp app, string name) : IAsyncDisposable
{
    public const string DemoPassword = "Casework-Demo-1!";
    public const string ArtifactsVariable = "CASEWORK_BROWSER_ARTIFACTS";

    /// <summary>Set to 1 to also save the screenshots a journey takes with <see cref="SnapAsync"/> when it passes.</summary>
    public const string SnapshotsVariable = "CASEWORK_BROWSER_SNAPSHOTS";

    private readonly List<(string Label, IBrowserContext Context, IPage Page)> _sessions = [];
    private readonly AxeWatch _axe = new();

    public static string ArtifactsDirectory =>
        Environment.GetEnvironmentVariable(ArtifactsVariable) is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppServer.RepositoryRoot(), "tests", "Casework.Browser.Tests", "TestResults", "browser");

    /// <summary>A fresh, signed-out browser tab.</summary>
    public async Task<IPage> NewPageAsync(string label = "anonymous")
    {
        var context = await app.Browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Server.BaseAddress.ToString(),
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(10_000);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true, Title = $"{name} ({label})" });
        var page = await context.NewPageAsync();
        _axe.Watch(page);
        _sessions.Add((label, context, page));
        return page;
    }

    /// <summary>A tab signed in as a demo user through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string userName)
    {
        var page = await NewPageAsync(userName);
        await page.GotoAsync("/Auth/Login");
        await page.SubmitSignInAsync(userName, DemoPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Fails the journey when axe-core found a violation on any page its tabs loaded (see <see cref="AxeWatch"/>).</summary>
    public async Task AssertEveryPageAccessibleAsync()
    {
        var violations = await _axe.FinishAsync(_sessions.Select(s => s.Page));
        Assert.True(violations.Count == 0, $"axe-core found violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>A screenshot for a person to look at; saved only when <see cref="SnapshotsVariable"/> is 1.</summary>
    public async Task SnapAsync(IPage page, string label)
    {
        if (Environment.GetEnvironmentVariable(SnapshotsVariable) == "1")
        {
            Directory.CreateDirectory(ArtifactsDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ArtifactPath($"{label}.png"), FullPage = true });
        }
    }

    /// <summary>Screenshots and traces of every open tab; returns the files written.</summary>
    public async Task<IReadOnlyList<string>> KeepEvidenceAsync()
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        var files = new List<string>();
        foreach (var (label, context, page) in _sessions)
        {
            try
            {
                var screenshot = ArtifactPath($"{label}-failure.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
                files.Add(screenshot);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // A slow page must not hide the journey's own failure: say so and keep the trace.
                files.Add($"(no screenshot for {label}: {e.Message.Split('\n')[0]})");
            }

            try
            {
                var trace = ArtifactPath($"{label}-trace.zip");
                await context.Tracing.StopAsync(new TracingStopOptions { Path = trace });
                files.Add(trace);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                files.Add($"(no trace for {label}: {e.Message.Split('\n')[0]})");
            }
        }

        return files;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, context, _) in _sessions)
        {
            await context.DisposeAsync();
        }
    }

    private string ArtifactPath(string file) => Path.Combine(ArtifactsDirectory, $"{Safe().Replace(name, "_")}-{Safe().Replace(file, "_")}");

    [GeneratedRegex(@"[^A-Za-z0-9_.-]")]
    private static partial Regex Safe();
}
