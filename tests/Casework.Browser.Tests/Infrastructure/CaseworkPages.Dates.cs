using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>The GOV.UK date input, found as a person finds it: the group named by its legend, then its Day, Month and Year boxes.</summary>
public static partial class CaseworkPages
{
    public static ILocator DateGroup(this IPage page, string legend) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    public static Task FillDateAsync(this IPage page, string legend, DateOnly date) =>
        page.FillDateAsync(legend, date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Types the three boxes as given, so a journey can enter an impossible date.</summary>
    public static async Task FillDateAsync(this IPage page, string legend, string day, string month, string year)
    {
        var group = page.DateGroup(legend);
        await group.GetByLabel("Day", new() { Exact = true }).FillAsync(day);
        await group.GetByLabel("Month", new() { Exact = true }).FillAsync(month);
        await group.GetByLabel("Year", new() { Exact = true }).FillAsync(year);
    }

    public static async Task ExpectDateAsync(this IPage page, string legend, DateOnly date)
    {
        var group = page.DateGroup(legend);
        await Expect(group.GetByLabel("Day", new() { Exact = true })).ToHaveValueAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await Expect(group.GetByLabel("Month", new() { Exact = true })).ToHaveValueAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await Expect(group.GetByLabel("Year", new() { Exact = true })).ToHaveValueAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
