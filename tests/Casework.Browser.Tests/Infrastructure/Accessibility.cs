using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>axe-core over the page as it is now: any violation fails the journey, naming the rule and the elements.</summary>
public static class Accessibility
{
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe-core found violations on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
