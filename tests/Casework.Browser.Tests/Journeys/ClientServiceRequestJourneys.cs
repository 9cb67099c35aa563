using System.Globalization;
using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Casework.Web.Data;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// SR-09 / SEC-06 / CON-08: a client (or their representative) passes security on a call, and only then is a
/// service request raised for the client on that call; a change of payment schedule plans the outbound call.
/// Every page visited is checked with axe-core.
/// </summary>
public sealed partial class ClientServiceRequestJourneys(CaseworkApp app, ITestOutputHelper output) : JourneyTests(app, output)
{
    [Fact]
    public Task SR09_CON08_a_paying_parent_passes_security_raises_a_payment_schedule_change_and_the_call_is_planned() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await TakeCallAsync(page, "Paying parent", DemoClients.PayingParentScin);
        await journey.SnapAsync(page, "passed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a service request on this call" }).ClickAsync();
        await Expect(page.Heading("Raise a service request")).ToBeVisibleAsync();
        await Expect(page.GetByText("Morgan Hale")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Process / Area / Sub Area").SelectOptionAsync(new SelectOptionValue { Label = "Change of Circumstances – Payment Schedule" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise service request" }).ClickAsync();

        await Expect(page.GetByText("Required, due")).ToBeVisibleAsync();
        var reference = ServiceRequestReference().Match(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Value;
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "raised");

        // CON-08: the call is planned in the case owner's inbox (Dev Patel owns Morgan Hale's case), against this SR.
        var owner = await journey.SignInAsync("caseworker2");
        await owner.GoToMenuAsync("Inbox");
        var planned = owner.GetByRole(AriaRole.Row).Filter(new() { HasText = "Planned outbound call" }).Filter(new() { HasText = reference });
        await Expect(planned).ToHaveCountAsync(1);
        await Expect(planned).ToContainTextAsync("Morgan Hale");
        await owner.AssertAccessibleAsync();
        await journey.SnapAsync(owner, "inbox");
    });

    [Fact]
    public Task SR09_a_representative_raises_a_statement_request_for_the_client_they_act_for() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await TakeCallAsync(page, "Representative", DemoClients.RepresentativeTrn);

        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a service request on this call" }).ClickAsync();
        await Expect(page.GetByText("Jamie Clarke")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Process / Area / Sub Area").SelectOptionAsync(new SelectOptionValue { Label = "Info Request – Statement Request" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise service request" }).ClickAsync();

        await Expect(page.GetByText($"Representative (TRN {DemoClients.RepresentativeTrn})")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=sr-summary]")).ToContainTextAsync("Jamie Clarke");
        await page.AssertAccessibleAsync();
        await journey.SnapAsync(page, "raised-by-representative");
    });

    private static async Task TakeCallAsync(IPage page, string callerType, string reference)
    {
        await page.GoToMenuAsync("Take a call");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Who is calling" }).GetByRole(AriaRole.Radio, new() { Name = callerType, Exact = true }).CheckAsync();
        await page.GetByLabel("Reference").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask security questions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Security questions" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Raise a service request on this call" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        foreach (var box in await page.GetByRole(AriaRole.Textbox).AllAsync())
        {
            var id = await box.GetAttributeAsync("id") ?? string.Empty;
            var prompt = await page.Locator($"label[for='{id}']").InnerTextAsync();
            await box.FillAsync(AnswerTo(prompt));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Check answers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Security check passed" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    private static string AnswerTo(string prompt)
    {
        if (PinDigit().Match(prompt) is { Success: true } digit)
        {
            return DemoClients.Pin[int.Parse(digit.Groups[1].Value, CultureInfo.InvariantCulture) - 1].ToString();
        }

        return prompt.Trim() == "The password"
            ? DemoClients.Password
            : DemoClients.Questions.Single(q => q.Question == prompt.Trim()).Answer;
    }

    [GeneratedRegex(@"Digit (\d) of the PIN")]
    private static partial Regex PinDigit();

    [GeneratedRegex("SR[0-9]+")]
    private static partial Regex ServiceRequestReference();
}
