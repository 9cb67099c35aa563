using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casework.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Casework.Browser.Tests.Journeys;

/// <summary>
/// Taking a call (SEC-01, SEC-06): the caller fails security, is asked new questions and passes, and only then is an
/// SR raised on the call. The employer is created through the API with known values, so the journey knows the answers.
/// </summary>
public sealed partial class CallJourneys : JourneyTests
{
    private const string Email = "payroll@call-journey.example";
    private const string PayrollAddress = "7 Quillet Yard, Leeds LS2 7QQ";

    /// <summary>Each SEC-01 prompt the page may show, and what the caller says to it.</summary>
    private static readonly (string Prompt, string Answer)[] _rightAnswers =
    [
        ("One of the additional telephone numbers on the account", "0113 496 0456"),
        ("The fax number", "0113 496 0999"),
        ("The e-mail address", Email),
        ("The name of a contact on the account", "Morwenna Quillet"),
        ("The pay date and the payroll cut-off date (days of the month, pay date first)", "28th and 21st"),
        ("Has the employer authorised us to leave voicemail messages? (yes or no)", "no"),
        ("The payroll address", PayrollAddress),
    ];

    private readonly CaseworkApp _app;

    public CallJourneys(CaseworkApp app, ITestOutputHelper output)
        : base(app, output) => _app = app;

    [Fact]
    public Task SEC06_employer_call_fails_then_passes_security_and_an_SR_is_raised_on_the_call() => RunAsync(async journey =>
    {
        var ern = await CreateEmployerAsync("Quillet Call Journey Ltd");
        var page = await journey.SignInAsync("caseworker");
        await page.GoToMenuAsync("Take a call");
        await Expect(page.Heading("Take a call")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Group, new() { Name = "Who is calling" }).GetByRole(AriaRole.Radio, new() { Name = "Employer", Exact = true }).CheckAsync();
        await page.GetByLabel("Reference").FillAsync(ern);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask security questions" }).ClickAsync();

        // SEC-06: questions only; nothing from the account is on the page before the check passes.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Security questions" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(3);
        await AssertNothingFromTheAccountAsync(page);
        await journey.SnapAsync(page, "questions");
        await AnswerAsync(page, _ => "I don't know");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Security check failed" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Raise a service request on this call" })).ToHaveCountAsync(0);
        await AssertNothingFromTheAccountAsync(page);
        await journey.SnapAsync(page, "failed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ask new questions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(3);
        var callId = CallId().Match(page.Url).Groups["id"].Value;
        await AnswerAsync(page, prompt => _rightAnswers.Single(r => r.Prompt == prompt).Answer);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Security check passed" })).ToBeVisibleAsync();
        await journey.SnapAsync(page, "passed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a service request on this call" }).ClickAsync();
        await Expect(page.Heading("Raise a service request")).ToBeVisibleAsync();
        await Expect(page.GetByText($"Raised on call {callId}.")).ToBeVisibleAsync();
        await page.GetByLabel("Process / Area / Sub Area").SelectOptionAsync(new SelectOptionValue { Label = "Info Requested – Send Literature" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Who raised it" }).GetByRole(AriaRole.Radio, new() { Name = "Employer", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise service request" }).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = CaseworkPages.ServiceRequestHeading() });
        await Expect(heading).ToBeVisibleAsync();
        var reference = CaseworkPages.ServiceRequestHeading().Match(await heading.InnerTextAsync()).Groups["reference"].Value;
        await Expect(page.SummaryValue("For")).ToHaveTextAsync($"Quillet Call Journey Ltd (Employer {ern})");

        await page.GotoAsync($"/Calls/Take?id={callId}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
        await journey.SnapAsync(page, "raised-on-call");
    });

    [Fact]
    public Task CON03_three_changes_within_three_days_need_one_outbound_call_after_the_last() => RunAsync(async journey =>
    {
        var page = await journey.SignInAsync("caseworker");
        await page.GoToMenuAsync("Take a call");
        await page.GetByRole(AriaRole.Link, new() { Name = "Is an outbound call required?" }).ClickAsync();
        await Expect(page.Heading("Is an outbound call required?")).ToBeVisibleAsync();

        await page.GetByLabel("Client's SCIN").FillAsync("700000002");
        (string Reason, string On)[] changes = [("Address change", "2026-03-02"), ("Liability or payment schedule change", "2026-03-03"), ("Name change", "2026-03-04")];
        for (var i = 0; i < changes.Length; i++)
        {
            await page.GetByLabel($"Change {i + 1}", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = changes[i].Reason });
            await page.FillDateAsync($"Change {i + 1} completed on", DateOnly.ParseExact(changes[i].On, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Decide" }).ClickAsync();

        await Expect(page.GetByText("Make 1 outbound call.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Call on 4 March 2026" })).ToContainTextAsync("CON-03");
        await journey.SnapAsync(page, "outbound-decision");
    });

    private static async Task AnswerAsync(IPage page, Func<string, string> answerTo)
    {
        var answered = 0;
        foreach (var (prompt, _) in _rightAnswers)
        {
            var box = page.GetByLabel(prompt, new() { Exact = true });
            if (await box.CountAsync() == 1)
            {
                await box.FillAsync(answerTo(prompt));
                answered++;
            }
        }

        Assert.Equal(3, answered);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check answers" }).ClickAsync();
    }

    private static async Task AssertNothingFromTheAccountAsync(IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var value in new[] { "Quillet", Email, "0113 496", "LS2 7QQ" })
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Creates the caller's employer through the API as another system would, with every SEC-01 field held.</summary>
    private async Task<string> CreateEmployerAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = _app.Server.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "caseworker", password = Journey.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.PostAsJsonAsync("/api/employers", new
        {
            name,
            region = "EnglandAndWales",
            email = Email,
            phones = new[] { "0113 496 0000", "0113 496 0456" },
            payrollAddress = PayrollAddress,
            fax = "0113 496 0999",
            contactNames = new[] { "Morwenna Quillet" },
            payDay = 28,
            payrollCutOffDay = 21,
            voicemailAuthorised = false,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/employers: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("ern").GetString()!;
    }

    [GeneratedRegex(@"[?&]id=(?<id>\d+)")]
    private static partial Regex CallId();
}
