using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>
/// What a caseworker does on the pages, found the way assistive technology finds it: by role, accessible name
/// and label. A locator that needs a CSS class or test id here is a gap in the page's accessibility.
/// </summary>
public static partial class CaseworkPages
{
    public static async Task SubmitSignInAsync(this IPage page, string userName, string password)
    {
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>The service navigation (Employers, Inbox, Team inbox).</summary>
    public static ILocator Menu(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

    public static async Task GoToMenuAsync(this IPage page, string item)
    {
        await page.Menu().GetByRole(AriaRole.Link, new() { Name = item, Exact = true }).ClickAsync();
        await Expect(page.Menu().GetByRole(AriaRole.Link, new() { Name = item, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
    }

    public static ILocator Heading(this IPage page, string text) =>
        page.GetByRole(AriaRole.Heading, new() { Name = text, Exact = true, Level = 1 });

    /// <summary>The GOV.UK error summary (an alert titled "There is a problem").</summary>
    public static ILocator ErrorSummary(this IPage page) =>
        page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" }) });

    /// <summary>The green success banner shown after a change.</summary>
    public static ILocator SuccessBanner(this IPage page) =>
        page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Success" }) });

    /// <summary>
    /// The value beside a key in a GOV.UK summary list ("Status", "Owner", …): the definition that follows the term,
    /// which is what a screen reader pairs, whatever the row markup around them.
    /// </summary>
    public static ILocator SummaryValue(this IPage page, string key) =>
        page.GetByRole(AriaRole.Term)
            .Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(key)}\\s*$") })
            .Locator("xpath=following-sibling::dd[1]");

    /// <summary>The table row whose reference link is <paramref name="reference"/>.</summary>
    public static ILocator RowFor(this ILocator table, string reference) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }) });

    public static async Task SearchEmployersAsync(this IPage page, string search)
    {
        var box = page.GetByRole(AriaRole.Search).GetByLabel("Employer name or ERN");
        await box.FillAsync(search);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.GetByText(EmployersFound())).ToBeVisibleAsync();
    }

    public static async Task OpenEmployerAsync(this IPage page, string ern, string name)
    {
        await page.GotoAsync("/employers");
        await page.SearchEmployersAsync(ern);
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(page.Heading(name)).ToBeVisibleAsync();
    }

    /// <summary>From an employer's page: "Raise a service request", fill the form, submit. Does not check the outcome.</summary>
    public static async Task SubmitRaiseAsync(this IPage page, string typeLabel, string raisedBy, string channel = "Phone")
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a service request" }).ClickAsync();
        await Expect(page.Heading("Raise a service request")).ToBeVisibleAsync();
        await page.GetByLabel("Process / Area / Sub Area").SelectOptionAsync(new SelectOptionValue { Label = typeLabel });
        await page.GetByRole(AriaRole.Group, new() { Name = "Who raised it" })
            .GetByRole(AriaRole.Radio, new() { Name = raisedBy, Exact = true }).CheckAsync();
        await page.GetByLabel("How they contacted us").SelectOptionAsync(new SelectOptionValue { Label = channel });
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise service request" }).ClickAsync();
    }

    /// <summary>Raises an SR for the employer through the pages and returns its reference (SR…).</summary>
    public static async Task<string> RaiseServiceRequestAsync(this IPage page, string ern, string employerName, string typeLabel)
    {
        await page.OpenEmployerAsync(ern, employerName);
        await page.SubmitRaiseAsync(typeLabel, "Employer");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = ServiceRequestHeading() });
        await Expect(heading).ToBeVisibleAsync();
        var reference = ServiceRequestHeading().Match(await heading.InnerTextAsync()).Groups["reference"].Value;
        await Expect(page.SuccessBanner()).ToContainTextAsync($"Service request {reference} raised");
        return reference;
    }

    /// <summary>A button in the SR page's "Actions" column (status moves, assign, lock).</summary>
    public static async Task ClickActionAsync(this IPage page, string label) =>
        await page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();

    [GeneratedRegex(@"^\d+ employers? found$")]
    public static partial Regex EmployersFound();

    [GeneratedRegex(@"^Service request (?<reference>SR\d+)$")]
    public static partial Regex ServiceRequestHeading();
}
