using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>axe-core over the page as it is now: any violation fails the journey, naming the rule and the elements.</summary>
public static class Accessibility
{
    // axe refuses a second run in a page while one is going: the journey's own checks and AxeWatch take turns.
    private static readonly ConditionalWeakTable<IPage, SemaphoreSlim> _turns = [];

    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxeInTurnAsync();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe-core found violations on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>One axe run at a time in <paramref name="page"/>.</summary>
    public static async Task<AxeResult> RunAxeInTurnAsync(this IPage page)
    {
        var turn = _turns.GetValue(page, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            return await page.RunAxe();
        }
        finally
        {
            turn.Release();
        }
    }
}
