using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// CON-06 and CON-05 on the pages: a caseworker finds a client, records a threat of suicide (referred to the team
/// leader at once) and logs a subject access request; the subject access team downloads everything held.
/// </summary>
public sealed partial class ClientJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    /// <summary>Demo paying parent Morgan Hale (README).</summary>
    private const string Scin = "700000002";

    [Fact]
    public Task CON05_CON06_caseworker_records_a_risk_and_logs_a_SAR_and_the_subject_access_team_downloads_the_export() => RunAsync(async journey =>
    {
        var caseworker = await journey.SignInAsync("caseworker");
        await caseworker.GoToMenuAsync("Clients");
        await caseworker.GetByLabel("Client name or SCIN").FillAsync(Scin);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Morgan Hale" }).ClickAsync();
        await Expect(caseworker.Heading("Morgan Hale")).ToBeVisibleAsync();
        await Expect(caseworker.SummaryValue("Security")).ToHaveTextAsync("Set up (never shown)");

        var risk = caseworker.GetByRole(AriaRole.Group, new() { Name = "Record a risk" });
        await risk.GetByRole(AriaRole.Radio, new() { Name = "Threat of suicide" }).CheckAsync();
        await caseworker.GetByLabel("What was said or seen").FillAsync("Said on the phone they could not carry on");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record risk" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("referred to your team leader now");
        await Expect(caseworker.GetByText("Said on the phone they could not carry on")).ToBeVisibleAsync();
        await journey.SnapAsync(caseworker, "risk-recorded");

        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Log a subject access request for this client" }).ClickAsync();
        await Expect(caseworker.Heading("Log a subject access request")).ToBeVisibleAsync();
        await Expect(caseworker.GetByLabel("SCIN or ERN of the person the request is about")).ToHaveValueAsync(Scin);
        await caseworker.GetByRole(AriaRole.Group, new() { Name = "Was the request made in writing?" })
            .GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
        var received = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-2);
        await caseworker.FillDateAsync("Date received", received);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("logged for the subject access team");
        var heading = await caseworker.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        var reference = SarReference().Match(heading ?? string.Empty).Value;
        Assert.False(string.IsNullOrEmpty(reference), $"No SAR reference in '{heading}'.");
        await Expect(caseworker.GetByRole(AriaRole.Link, new() { Name = "Download everything held" })).ToHaveCountAsync(0);

        var leader = await journey.SignInAsync("teamleader");
        await leader.GoToMenuAsync("Inbox");
        await Expect(leader.GetByRole(AriaRole.Table)).ToContainTextAsync("Threat of suicide: refer now");

        var team = await journey.SignInAsync("subjectaccess");
        await team.GoToMenuAsync("Subject access");
        await team.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(team.Heading($"Subject access request {reference}")).ToBeVisibleAsync();
        await journey.SnapAsync(team, "sar-for-the-team");
        var download = await team.RunAndWaitForDownloadAsync(() =>
            team.GetByRole(AriaRole.Link, new() { Name = "Download everything held" }).ClickAsync());
        Assert.EndsWith($"{reference}-{Scin}.zip", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(bytes, 0, 2));
    });

    [Fact]
    public Task P07_SR09_caseworker_finds_a_client_by_part_of_the_name_records_a_new_client_and_raises_an_SR_from_their_page() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await page.GoToMenuAsync("Clients");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Client name or SCIN").FillAsync("hale");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Morgan Hale" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Morgan Hale" }).ClickAsync();
        await Expect(page.Heading("Morgan Hale")).ToBeVisibleAsync();
        await Expect(page.SummaryValue("Address")).ToContainTextAsync(",");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to find a client" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a new client" }).ClickAsync();
        await Expect(page.Heading("Record a new client")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var name = $"Nia Harbourne {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record client" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the first line of the address");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "create-errors");
        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Enter the postcode" }).ClickAsync();
        await Expect(page.GetByLabel("Postcode")).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Full name")).ToHaveValueAsync(name);

        await page.GetByRole(AriaRole.Group, new() { Name = "Role" }).GetByRole(AriaRole.Radio, new() { Name = "Receiving parent" }).CheckAsync();
        await page.GetByLabel("Address line 1").FillAsync("8 Pier Street");
        await page.GetByLabel("Postcode").FillAsync("sy23 2ld");
        await page.GetByRole(AriaRole.Group, new() { Name = "Region" }).GetByRole(AriaRole.Radio, new() { Name = "England and Wales" }).CheckAsync();
        await page.GetByLabel("Phone number").FillAsync("01970 000000");
        await page.GetByRole(AriaRole.Group, new() { Name = "Preferred language" }).GetByRole(AriaRole.Radio, new() { Name = "Welsh" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record client" }).ClickAsync();

        await Expect(page.Heading(name)).ToBeVisibleAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Client recorded with SCIN");
        await Expect(page.SummaryValue("Address")).ToHaveTextAsync("8 Pier Street, SY23 2LD");
        await Expect(page.SummaryValue("Preferred language")).ToHaveTextAsync("Welsh");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "client-created");
        var scin = (await page.SummaryValue("SCIN").InnerTextAsync()).Trim();

        await page.GetByRole(AriaRole.Button, new() { Name = "Raise a service request" }).ClickAsync();
        await Expect(page.Heading("Raise a service request")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Process / Area / Sub Area").SelectOptionAsync(new SelectOptionValue { Label = "Info Request – Statement Request" });
        await page.GetByLabel("How they contacted us").SelectOptionAsync(new SelectOptionValue { Label = "Letter" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise service request" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("raised");
        await Expect(page.Locator("[data-testid=sr-summary]")).ToContainTextAsync(name);
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/Clients/{scin}");
        await Expect(page.Locator("[data-testid=client-service-requests]")).ToContainTextAsync("Statement Request");
        await page.GotoAsync($"/Clients?search={Uri.EscapeDataString(name[..12].ToUpperInvariant())}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    });

    [Fact]
    public Task SR09_COR04_OUT06_from_the_client_page_a_representatives_SR_is_raised_the_letter_format_changed_and_a_compliment_recorded() => RunAsync(async journey =>
    {
        const string jamie = "700000001";
        var page = await journey.SignInAsync("caseworker");
        await page.GotoAsync($"/Clients/{jamie}");
        await Expect(page.Heading("Jamie Clarke")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise a service request" }).ClickAsync();
        await Expect(page.Heading("Raise a service request")).ToBeVisibleAsync();
        await page.GetByLabel("Process / Area / Sub Area").SelectOptionAsync(new SelectOptionValue { Label = "Info Request – Statement Request" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Who raised it" }).GetByRole(AriaRole.Radio, new() { Name = "Representative" }).CheckAsync();
        await page.GetByLabel("Which representative").SelectOptionAsync(new SelectOptionValue { Label = "Pat Proxy (TRN 55500001)" });
        await page.GetByLabel("How they contacted us").SelectOptionAsync(new SelectOptionValue { Label = "Letter" });
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise service request" }).ClickAsync();
        await Expect(page.Locator("[data-testid=sr-summary]")).ToContainTextAsync("Representative (TRN 55500001) by letter");
        var reference = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Replace("Service request ", string.Empty, StringComparison.Ordinal).Trim();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/Clients/{jamie}");
        await Expect(page.Locator("[data-testid=client-service-requests]").GetByRole(AriaRole.Link, new() { Name = reference })).ToBeVisibleAsync();
        var format = page.GetByRole(AriaRole.Group, new() { Name = "Letter format" });
        await format.GetByRole(AriaRole.Radio, new() { Name = "Large print" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Change letter format" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Letter format changed");
        await Expect(page.SummaryValue("Letter format")).ToHaveTextAsync("Large print");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "client-page");

        var about = $"Pat Proxy thanked us {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Record or find compliments" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "The client" })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Client's SCIN")).ToHaveValueAsync(jamie);
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What was it about?").FillAsync(about);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record compliment" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync($"client {jamie}");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = about }).GetByRole(AriaRole.Link, new() { Name = $"Client {jamie}" }).ClickAsync();
        await Expect(page.Heading("Jamie Clarke")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=client-compliments]")).ToContainTextAsync(about);

        // Leave the demo client as the other journeys expect: standard print.
        await page.GetByRole(AriaRole.Group, new() { Name = "Letter format" }).GetByRole(AriaRole.Radio, new() { Name = "Standard print" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Change letter format" }).ClickAsync();
        await Expect(page.SummaryValue("Letter format")).ToHaveTextAsync("Standard");
    });

    [Fact]
    public Task P05_P07_caseworker_sets_up_a_representative_with_an_address_changes_it_and_sees_where_letters_go() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await page.GotoAsync($"/Clients/{Scin}");
        await Expect(page.Heading("Morgan Hale")).ToBeVisibleAsync();
        var name = $"Robin Advocate {Guid.NewGuid().ToString("N")[..6]}";

        await page.GetByText("Set up a representative").ClickAsync();
        await page.Locator("#rep-name").FillAsync(name);
        await page.Locator("#rep-addressLine1").FillAsync("4 Harbour Row, Whitby");
        await page.Locator("#rep-pin").FillAsync("2468013");
        await page.Locator("#rep-password").FillAsync("Harbour Light");
        for (var i = 0; i < 7; i++)
        {
            await page.Locator($"#rep-q-{i}").FillAsync($"Representative question {i + 1}?");
            await page.Locator($"#rep-a-{i}").FillAsync($"Answer {i + 1}");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up representative" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the postcode");
        await Expect(page.Locator("#rep-addressLine1")).ToHaveValueAsync("4 Harbour Row, Whitby");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "half-address");

        await page.Locator("#rep-postcode").FillAsync("yo21 3pu");
        await page.Locator("#rep-password").FillAsync("Harbour Light");
        for (var i = 0; i < 7; i++)
        {
            await page.Locator($"#rep-a-{i}").FillAsync($"Answer {i + 1}");
        }

        await page.Locator("#rep-pin").FillAsync("2468013");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up representative" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Representative set up");
        var card = page.Locator("[data-testid^=representative-]").Filter(new() { HasText = name });
        await Expect(card.Locator("dt", new() { HasTextString = "Letters go to" }).Locator("xpath=following-sibling::dd[1]")).ToHaveTextAsync("4 Harbour Row, Whitby, YO21 3PU");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "letters-go-to");

        await card.GetByLabel("Address line 1 (where letters go)").FillAsync("9 Quay Street");
        await card.GetByLabel("Postcode").FillAsync("ll65 1aa");
        await card.GetByRole(AriaRole.Button, new() { Name = "Change representative" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Representative changed");
        await Expect(card.Locator("dt", new() { HasTextString = "Letters go to" }).Locator("xpath=following-sibling::dd[1]")).ToHaveTextAsync("9 Quay Street, LL65 1AA");
        // An employer acting as representative is written to at the employer's address.
        await Expect(page.Locator("[data-testid=representative-55500002]")).ToContainTextAsync("Employer 10000001's address");

        // Leave Morgan Hale as the other journeys expect: no active individual representative.
        await card.GetByLabel("Reason for removal").FillAsync("Set up by a browser test");
        await card.GetByRole(AriaRole.Button, new() { Name = "Remove representative" }).ClickAsync();
        await Expect(page.SuccessBanner()).ToContainTextAsync("Representative removed");
        await page.AssertAccessibleAsync();
    });

    [GeneratedRegex("SAR[0-9]{6}")]
    private static partial Regex SarReference();
}
