using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// SR-10 and SR-11 on the pages: the header's "Find work" box goes straight to what a reference names; an inbox is
/// paged with its total; a team leader ticks SRs on the team inbox and moves them at once, a locked one refused.
/// </summary>
public sealed partial class FindingWorkJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    private const string UpdateDetails = "Update Details – Update Employer Details";

    [Fact]
    public Task SR10_header_search_goes_straight_to_the_SR_the_employer_or_the_client_a_reference_names() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        var reference = await page.RaiseServiceRequestAsync("10000062", "Mersey Foods plc", UpdateDetails);

        await page.GotoAsync("/Inbox");
        await FindAsync(page, reference.ToLowerInvariant());
        await Expect(page.Heading($"Service request {reference}")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await FindAsync(page, "10000062");
        await Expect(page.Heading("Mersey Foods plc")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await FindAsync(page, "700000002");
        await Expect(page.Heading("Morgan Hale")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // An EARN has no page of its own: the agent's SRs are listed on the search page; a term nothing has says so.
        await FindAsync(page, "90000001");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Agent 90000001", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Locator("#result-count")).ToHaveTextAsync(ServiceRequestCount());
        await page.AssertAccessibleAsync();

        await FindAsync(page, "SR99999999");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("No service request, employer, agent or client has the reference SR99999999.");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "search-nothing");
    });

    [Fact]
    public Task SR11_my_inbox_is_paged_with_the_total_and_the_next_page_continues_it() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker2");
        // The one who raises an SR owns it: Dev Patel raises three, so his inbox holds at least three.
        var raised = new List<string>
        {
            await page.RaiseServiceRequestAsync("10000071", "Mersey Manufacturing plc", UpdateDetails),
            await page.RaiseServiceRequestAsync("10000072", "Mersey Cleaning Services", UpdateDetails),
            await page.RaiseServiceRequestAsync("10000073", "Lagan Logistics Ltd", UpdateDetails),
        };

        await page.GotoAsync("/Inbox?pageSize=2");
        var total = page.Locator("#inbox-total");
        await Expect(total).ToHaveTextAsync(Showing());
        var first = Showing().Match((await total.InnerTextAsync()).Trim());
        Assert.Equal("1", first.Groups["from"].Value);
        Assert.Equal("2", first.Groups["to"].Value);
        var count = int.Parse(first.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 3, $"Dev Patel owns at least the three SRs raised here, the page says {count}");
        await Expect(page.GetByTestId("inbox").Locator("tbody tr")).ToHaveCountAsync(2);
        await page.AssertAccessibleAsync();

        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Inbox pages" });
        await pages.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(total).ToHaveTextAsync(new Regex($"^\\s*Showing 3 to {Math.Min(4, count)} of {count} open items\\.\\s*$"));
        await Expect(pages.Locator("[aria-current=page]")).ToHaveTextAsync("2");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "inbox-page-2");

        // Every SR raised here is on one of the pages: nothing is cut off.
        await page.GotoAsync("/Inbox?pageSize=200&sort=Age");
        foreach (var reference in raised)
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
        }
    });

    [Fact]
    public Task SR11_team_leader_ticks_SRs_on_the_team_inbox_and_reassigns_them_and_a_locked_one_is_refused_with_the_reason() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        var moved = await caseworker.RaiseServiceRequestAsync("10000081", "Lagan Security Services", UpdateDetails);
        var locked = await caseworker.RaiseServiceRequestAsync("10000082", "Lagan Hospitality Ltd", UpdateDetails);

        var leader = await journey.SignInAsync("teamleader");
        await leader.GotoAsync($"/ServiceRequests/{locked}");
        await leader.ClickActionAsync("Lock assignment");
        await Expect(leader.SuccessBanner()).ToContainTextAsync("Assignment locked");

        await leader.GotoAsync("/Inbox?team=true&pageSize=200&sort=Age");
        await Expect(leader.Heading("Team inbox")).ToBeVisibleAsync();
        await leader.AssertAccessibleAsync();
        await leader.GetByLabel($"Choose {moved}").CheckAsync();
        await leader.GetByLabel($"Choose {locked}").CheckAsync();
        var to = leader.GetByLabel("Reassign the chosen service requests to");
        await to.SelectOptionAsync(new SelectOptionValue { Label = "Dev Patel (100002)" });
        await journey.SnapAsync(leader, "team-inbox-ticked");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Reassign", Exact = true }).ClickAsync();

        await Expect(leader.SuccessBanner()).ToContainTextAsync("1 service request reassigned");
        await Expect(leader.GetByTestId("reassign-refused")).ToContainTextAsync(locked);
        await Expect(leader.GetByTestId("reassign-refused")).ToContainTextAsync("locked");
        await leader.AssertAccessibleAsync();

        var devPatel = await journey.SignInAsync("caseworker2");
        await devPatel.GotoAsync("/Inbox?pageSize=200&sort=Age");
        await Expect(devPatel.GetByRole(AriaRole.Link, new() { Name = moved, Exact = true })).ToBeVisibleAsync();
        await Expect(devPatel.GetByRole(AriaRole.Link, new() { Name = locked, Exact = true })).ToHaveCountAsync(0);
        await devPatel.AssertAccessibleAsync();

        // The refused SR stayed with Carys Evans; the moved one left her inbox.
        await caseworker.GotoAsync("/Inbox?pageSize=200&sort=Age");
        await Expect(caseworker.GetByRole(AriaRole.Link, new() { Name = locked, Exact = true })).ToBeVisibleAsync();
        await Expect(caseworker.GetByRole(AriaRole.Link, new() { Name = moved, Exact = true })).ToHaveCountAsync(0);
    });

    private static async Task FindAsync(IPage page, string term)
    {
        var box = page.GetByLabel("Find work");
        await box.FillAsync(term);
        await box.PressAsync("Enter");
    }

    [GeneratedRegex(@"^\s*Showing (?<from>\d+) to (?<to>\d+) of (?<total>\d+) open items\.\s*$")]
    private static partial Regex Showing();

    [GeneratedRegex(@"^\d+ service requests?$")]
    private static partial Regex ServiceRequestCount();
}
