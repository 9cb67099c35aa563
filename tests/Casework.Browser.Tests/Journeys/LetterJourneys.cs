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
/// Letters on the SR page and the team leader's letter queue (COR-02, COR-03). No page queues a letter by hand, so the
/// journey issues its letters through the API (POST /api/letters) with the caseworker's bearer token, as another
/// system would, and does everything else on the pages.
/// </summary>
public sealed partial class LetterJourneys : JourneyTests
{
    private const string Ern = "10000097";

    private readonly CaseworkApp _app;

    public LetterJourneys(CaseworkApp app, ITestOutputHelper output)
        : base(app, output) => _app = app;

    [Fact]
    public Task COR02_caseworker_previews_and_cancels_letters_team_leader_runs_the_batch_and_the_sent_letter_is_reissued() => RunAsync(async journey =>
    {
        using var api = await ApiAsync("caseworker");
        var employer = (await api.GetFromJsonAsync<JsonElement>($"/api/employers/{Ern}")).GetProperty("name").GetString()!;

        var caseworker = await journey.SignInAsync("caseworker");
        var reference = await caseworker.RaiseServiceRequestAsync(Ern, employer, "Info Requested – Send Literature");
        await Expect(caseworker.GetByText("No letters.", new() { Exact = true })).ToBeVisibleAsync();
        var kept = await QueueLetterAsync(api, reference);
        var cancelled = await QueueLetterAsync(api, reference);
        Assert.True(cancelled > kept);

        await caseworker.ReloadAsync();
        var letters = Letters(caseworker);
        await Expect(LetterRows(caseworker)).ToHaveCountAsync(2);
        await Expect(Cell(LetterRow(caseworker, 0), 0)).ToHaveTextAsync("CMSL8500");
        await Expect(Cell(LetterRow(caseworker, 0), 1)).ToHaveTextAsync(employer);
        await Expect(Cell(LetterRow(caseworker, 0), 2)).ToHaveTextAsync("Standard");
        await Expect(Cell(LetterRow(caseworker, 0), 3)).ToHaveTextAsync("English");
        await Expect(Status(LetterRow(caseworker, 0))).ToHaveTextAsync("Queued");
        await Expect(Status(LetterRow(caseworker, 1))).ToHaveTextAsync("Queued");
        await journey.SnapAsync(caseworker, "queued");

        // Preview opens the letter itself, a PDF, in a new tab.
        var preview = LetterRow(caseworker, 0).GetByRole(AriaRole.Link, new() { Name = "Preview CMSL8500", Exact = true });
        await Expect(preview).ToHaveAttributeAsync("target", "_blank");
        var previewed = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        caseworker.Context.Response += (_, r) =>
        {
            if (r.Url.Contains("handler=Letter", StringComparison.Ordinal))
            {
                previewed.TrySetResult(r);
            }
        };
        await preview.ClickAsync();
        var response = await previewed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((int)HttpStatusCode.OK, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("inline", response.Headers["content-disposition"], StringComparison.Ordinal);
        var pdf = await caseworker.APIRequest.GetAsync(response.Url);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.BodyAsync())[..5]);

        // COR-02: a queued letter can be cancelled; the other stays queued.
        await LetterRow(caseworker, 1).GetByRole(AriaRole.Button, new() { Name = "Cancel letter CMSL8500", Exact = true }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Letter cancelled");
        await Expect(Status(LetterRow(caseworker, 1))).ToHaveTextAsync("Cancelled");
        await Expect(Status(LetterRow(caseworker, 0))).ToHaveTextAsync("Queued");
        await Expect(LetterRow(caseworker, 1).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(letters).ToBeVisibleAsync();
        await journey.SnapAsync(caseworker, "cancelled");

        // The team leader sees the queued letter and runs the batch.
        var leader = await journey.SignInAsync("teamleader");
        await leader.GoToMenuAsync("Letter queue");
        await Expect(leader.Heading("Letter queue")).ToBeVisibleAsync();
        var queue = leader.GetByRole(AriaRole.Table).RowFor(reference);
        await Expect(queue).ToHaveCountAsync(1);
        await Expect(queue).ToContainTextAsync("CMSL8500");
        await Expect(queue).ToContainTextAsync(employer);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Run the batch now" }).ClickAsync();
        await Expect(leader.SuccessBanner()).ToContainTextAsync(BatchSent());
        await Expect(leader.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToHaveCountAsync(0);
        await journey.SnapAsync(leader, "batch-run");

        // Sent: no cancelling any more, but it can be re-issued (COR-03), which queues a copy.
        await caseworker.ReloadAsync();
        await Expect(Status(LetterRow(caseworker, 0))).ToHaveTextAsync("Sent");
        await Expect(Status(LetterRow(caseworker, 1))).ToHaveTextAsync("Cancelled");
        await Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Cancel letter CMSL8500", Exact = true })).ToHaveCountAsync(0);
        await LetterRow(caseworker, 0).GetByRole(AriaRole.Button, new() { Name = "Re-issue letter CMSL8500", Exact = true }).ClickAsync();
        await Expect(caseworker.SuccessBanner()).ToContainTextAsync("Letter re-issued with a covering letter");
        await Expect(LetterRows(caseworker)).ToHaveCountAsync(3);
        await Expect(Cell(LetterRow(caseworker, 2), 0)).ToHaveTextAsync("CMSL8500 (re-issue)");
        await Expect(Status(LetterRow(caseworker, 2))).ToHaveTextAsync("Queued");
        await Expect(Status(LetterRow(caseworker, 0))).ToHaveTextAsync("Sent");
        await journey.SnapAsync(caseworker, "reissued");

        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/letters?serviceRequest={reference}");
        Assert.Equal(kept, listed[2].GetProperty("reissueOf").GetInt32());
    });

    [Fact]
    public Task COR02_a_team_leader_sees_an_empty_queue_message_once_the_batch_has_run() => RunAsync(async journey =>
    {
        var leader = await journey.SignInAsync("teamleader");
        await leader.GotoAsync("/letters");
        await Expect(leader.Heading("Letter queue")).ToBeVisibleAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Run the batch now" }).ClickAsync();
        await Expect(leader.SuccessBanner()).ToContainTextAsync(BatchOutcome());
        await Expect(leader.GetByText("No letters are queued.", new() { Exact = true })).ToBeVisibleAsync();

        // Caseworkers have no letter queue.
        var caseworker = await journey.SignInAsync("caseworker");
        await Expect(caseworker.Menu().GetByRole(AriaRole.Link, new() { Name = "Letter queue" })).ToHaveCountAsync(0);
    });

    /// <summary>A client on the running app signed in through POST /api/auth/login.</summary>
    private async Task<HttpClient> ApiAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = _app.Server.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = Journey.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<int> QueueLetterAsync(HttpClient api, string reference)
    {
        using var response = await api.PostAsJsonAsync("/api/letters", new { serviceRequest = reference, code = "CMSL8500" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/letters: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    private static ILocator Letters(IPage page) => page.GetByRole(AriaRole.Table, new() { Name = "Letters for this service request" });

    private static ILocator LetterRows(IPage page) => Letters(page).Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>The SR page's letters in the order they were queued (oldest first).</summary>
    private static ILocator LetterRow(IPage page, int index) => LetterRows(page).Nth(index);

    private static ILocator Cell(ILocator row, int index) => row.GetByRole(AriaRole.Cell).Nth(index);

    private static ILocator Status(ILocator row) => Cell(row, 4);

    [GeneratedRegex(@"Batch sent [1-9]\d* letters?")]
    private static partial Regex BatchSent();

    [GeneratedRegex(@"Batch sent \d+ letters?|Another batch is running now")]
    private static partial Regex BatchOutcome();
}
