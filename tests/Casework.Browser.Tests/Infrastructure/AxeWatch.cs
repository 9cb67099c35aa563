using Microsoft.Playwright;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core on every page a journey's tabs load, so no journey can skip it: each main-frame load is analysed as it
/// happens, and each open tab once more when the journey ends (pages changed by script or left open). The journey
/// fails at the end with every violation found, named by page, rule and elements. axe takes a second or two of CPU per
/// page, so each kind of page (its path with ids and references as placeholders, with or without an error summary) is
/// analysed once per test run; the journeys' own <c>AssertAccessibleAsync</c> calls check the states they care about.
/// </summary>
public sealed class AxeWatch
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Analysed = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly List<Task> _pending = [];
    private readonly SortedSet<string> _violations = new(StringComparer.Ordinal);

    /// <summary>Analyse <paramref name="page"/> after every load of its main frame.</summary>
    public void Watch(IPage page) => page.Load += (_, loaded) => Track(AnalyseAsync(loaded));

    /// <summary>Waits for the analyses still running, analyses <paramref name="openPages"/> as they are now, and lists the violations.</summary>
    public async Task<IReadOnlyCollection<string>> FinishAsync(IEnumerable<IPage> openPages)
    {
        foreach (var page in openPages.Where(p => !p.IsClosed))
        {
            Track(AnalyseAsync(page));
        }

        Task[] pending;
        lock (_gate)
        {
            pending = [.. _pending];
        }

        await Task.WhenAll(pending);
        lock (_gate)
        {
            return [.. _violations];
        }
    }

    private void Track(Task analysis)
    {
        lock (_gate)
        {
            _pending.Add(analysis);
        }
    }

    private async Task AnalyseAsync(IPage page)
    {
        var url = page.Url;
        try
        {
            // A page served as a file (PDF, CSV) or with script turned off has no DOM axe can run in.
            var kind = await page.EvaluateAsync<string?>(
                "() => document.contentType === 'text/html' && !!document.body ? (document.querySelector('.govuk-error-summary') ? 'errors' : 'page') : null");
            if (kind is null || !Analysed.TryAdd($"{KindOf(url)} {kind}", 0))
            {
                return;
            }

            var result = await page.RunAxeInTurnAsync();
            lock (_gate)
            {
                foreach (var v in result.Violations)
                {
                    _violations.Add($"{PathOf(url)}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
                }
            }
        }
        catch (PlaywrightException)
        {
            // The tab navigated (or closed) while axe ran: the next load is analysed in its place.
        }
    }

    /// <summary>The path with every segment holding a digit (an id, a reference, an ERN) as <c>{id}</c>, without the query.</summary>
    private static string KindOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri)
        ? string.Join('/', uri.AbsolutePath.Split('/').Select(segment => segment.Any(char.IsDigit) ? "{id}" : segment))
        : url;

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}
