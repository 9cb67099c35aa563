using System.Net;
using System.Text;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Letters.Rendering;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Casework.Web.Tests.Letters.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Clients;

/// <summary>A representative as <c>/api/representatives</c> shows it, with where their letters go.</summary>
public sealed record AddressedRepresentativeView(string Trn, string Name, string ActingForScin, string? EmployerErn, string Status, int Version, AddressView? Address);

/// <summary>
/// P-05 / P-07 with COR-04/05 and CON-04: a representative has an address (whole or none, with a real postcode), and
/// <c>/api/representatives/{trn}/letters</c> writes to it — or to the employer's address for an employer acting as
/// representative — in the client's language and format, never to a suppressed client's representative, never to a
/// removed one. Every refusal leaves the representative and the letters as they were.
/// </summary>
public abstract class RepresentativeLetterTests(CaseworkFactory app)
{
    private static readonly object _security = new
    {
        pin = "8203641",
        password = "Quokka Harbourmaster",
        questions = Enumerable.Range(1, 7).Select(n => new { question = $"Representative question {n}?", answer = $"Zebulon {n}" }),
    };

    private static string Letters(string trn) => $"/api/representatives/{trn}/letters";

    private static async Task<string> NewClientAsync(HttpClient http, string language = "English") =>
        (await http.Post("/api/clients", new
        {
            name = $"Client {Guid.NewGuid().ToString("N")[..8]}", role = "ReceivingParent", addressLine1 = "27 Lighthouse Terrace", postcode = "LL65 1AA",
            region = "EnglandAndWales", phone = "01407 000000", preferredLanguage = language,
        }).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;

    private static Task<AddressedRepresentativeView> SetUpAsync(HttpClient http, string scin, string? addressLine1 = "4 Harbour Row, Whitby", string? postcode = "yo21 3pu") =>
        http.Post("/api/representatives", new { name = "Robin Advocate", actingForScin = scin, security = _security, addressLine1, postcode })
            .ReadOk<AddressedRepresentativeView>(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> TryWrite(HttpClient http, string trn) => http.Post(Letters(trn), new { code = "CMSL8500" });

    private static Task<List<ClientLetterView>> LettersTo(HttpClient http, string trn) => http.Get<List<ClientLetterView>>(Letters(trn));

    [Fact]
    public async Task P05_P07_a_representative_set_up_with_an_address_gets_a_letter_whose_pdf_shows_it()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http);
        var representative = await SetUpAsync(http, scin);

        var response = await TryWrite(http, representative.Trn);
        var letter = await response.Read<LetterView>(HttpStatusCode.Created);
        var text = PdfText.Extract((await http.Document(letter.Id)).Bytes);

        Assert.Equal(new AddressView("4 Harbour Row, Whitby", "YO21 3PU"), representative.Address);
        Assert.Equal($"/api/letters/{letter.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Standard", "English", "Queued"), (letter.Format, letter.Language, letter.Status));
        Assert.Contains("Robin Advocate", text, StringComparison.Ordinal);
        Assert.Contains("4 Harbour Row, Whitby", text, StringComparison.Ordinal);
        Assert.Contains("YO21 3PU", text, StringComparison.Ordinal);
        Assert.DoesNotContain("27 Lighthouse Terrace", text, StringComparison.Ordinal);
        Assert.Equal([letter.Id], (await LettersTo(http, representative.Trn)).Select(l => l.Id));
        // The client's letter list includes the letters to their representatives.
        Assert.Contains((await http.ClientLetters(scin)), l => l.Id == letter.Id);
    }

    [Fact]
    public async Task COR05_COR04_a_representatives_letter_is_in_the_clients_language_and_format()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http, "Welsh");
        var representative = await SetUpAsync(http, scin);

        var welsh = await TryWrite(http, representative.Trn).ReadOk<LetterView>(HttpStatusCode.Created);
        var welshText = PdfText.Extract((await http.Document(welsh.Id)).Bytes);
        await http.Post(ClientApi.Client(scin, "/letter-format"), new { format = "LargePrint" }).ReadOk<ClientFormatView>();
        var large = await TryWrite(http, representative.Trn).ReadOk<LetterView>(HttpStatusCode.Created);
        await http.Post(ClientApi.Client(scin, "/letter-format"), new { format = "Braille" }).ReadOk<ClientFormatView>();
        var braille = await TryWrite(http, representative.Trn).ReadOk<LetterView>(HttpStatusCode.Created);
        var brf = await http.Document(braille.Id);

        Assert.Equal(("Welsh", "Standard"), (welsh.Language, welsh.Format));
        Assert.Contains("Annwyl Robin Advocate", welshText, StringComparison.Ordinal);
        Assert.Contains("4 Harbour Row, Whitby", welshText, StringComparison.Ordinal);
        Assert.Equal("LargePrint", large.Format);
        Assert.Contains("YO21 3PU", PdfText.Extract((await http.Document(large.Id)).Bytes), StringComparison.Ordinal);
        Assert.Equal(("Braille", "text/plain"), (braille.Format, brf.MediaType));
        var print = new BrailleLetterRenderer().BackTranslate(Encoding.ASCII.GetString(brf.Bytes)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("YO213PU", print, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task P05_an_employer_acting_as_representative_is_written_to_at_the_employers_address()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http);
        var employerRep = await http.Post("/api/representatives", new { name = "Payroll Desk", actingForScin = scin, employerErn = ApiClient.DemoErn })
            .ReadOk<AddressedRepresentativeView>(HttpStatusCode.Created);
        string employerName;
        string employerAddress;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var employer = await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Employers.AsNoTracking().SingleAsync(e => e.Ern == ApiClient.DemoErn);
            (employerName, employerAddress) = (employer.Name, employer.PayrollAddress ?? employer.CompanyAddress!);
        }

        var letter = await TryWrite(http, employerRep.Trn).ReadOk<LetterView>(HttpStatusCode.Created);
        var text = PdfText.Extract((await http.Document(letter.Id)).Bytes);

        Assert.Null(employerRep.Address);
        Assert.Contains("Payroll Desk", text, StringComparison.Ordinal);
        Assert.Contains(employerName, text, StringComparison.Ordinal);
        Assert.Contains(employerAddress.Split(',')[0].Trim(), text, StringComparison.Ordinal);
        await (await http.Post("/api/representatives", new { name = "Payroll Desk", actingForScin = scin, employerErn = ApiClient.DemoErn, addressLine1 = "1 Quay", postcode = "YO21 3PU" }))
            .AssertProblem(HttpStatusCode.BadRequest, "addressLine1");
    }

    [Fact]
    public async Task P07_a_representative_with_no_address_is_422_and_no_letter_is_queued_until_one_is_recorded()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http);
        var representative = await SetUpAsync(http, scin, null, null);

        var refused = await (await TryWrite(http, representative.Trn)).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Null(representative.Address);
        Assert.Contains("no address", refused.Detail, StringComparison.Ordinal);
        Assert.Empty(await LettersTo(http, representative.Trn));
        Assert.Empty(await http.ClientLetters(scin));

        var changed = await http.Post($"/api/representatives/{representative.Trn}/change", new { name = "Robin Advocate", addressLine1 = "9 Quay Street", postcode = "ll65 1aa" })
            .ReadOk<AddressedRepresentativeView>();
        Assert.Equal(new AddressView("9 Quay Street", "LL65 1AA"), changed.Address);
        await TryWrite(http, representative.Trn).ReadOk<LetterView>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task P05_a_removed_representative_is_409_and_a_letter_queued_before_the_removal_is_withdrawn_by_the_batch()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http);
        var representative = await SetUpAsync(http, scin);
        var queued = await TryWrite(http, representative.Trn).ReadOk<LetterView>(HttpStatusCode.Created);
        await http.Post($"/api/representatives/{representative.Trn}/remove", new { reason = "Client withdrew consent" }).ReadOk<AddressedRepresentativeView>();

        await (await TryWrite(http, representative.Trn)).AssertProblem(HttpStatusCode.Conflict);
        Assert.Single(await LettersTo(http, representative.Trn));
        await (await app.LoginAs("teamleader")).RunBatch();

        var withdrawn = Assert.Single(await LettersTo(http, representative.Trn));
        Assert.Equal((queued.Id, "Cancelled"), (withdrawn.Id, withdrawn.Status));
        Assert.Contains("Client withdrew consent", withdrawn.CancelledBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON04_no_letter_goes_to_the_representative_of_a_suppressed_client()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http);
        var representative = await SetUpAsync(http, scin);
        await (await http.TrySuppress(scin, "Client has died")).Read<ClientView>(HttpStatusCode.OK);

        var refused = await (await TryWrite(http, representative.Trn)).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("suppressed", refused.Detail, StringComparison.Ordinal);
        Assert.Empty(await LettersTo(http, representative.Trn));
    }

    [Fact]
    public async Task P05_an_unknown_trn_is_404_other_teams_403_anonymous_401_and_a_team_leader_may_write()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http);
        var representative = await SetUpAsync(http, scin);

        await (await TryWrite(http, "55599999")).AssertProblem(HttpStatusCode.NotFound);
        await (await http.GetAsync(new Uri(Letters("55599999"), UriKind.Relative))).AssertProblem(HttpStatusCode.NotFound);
        await (await TryWrite(await app.LoginAs("subjectaccess"), representative.Trn)).AssertProblem(HttpStatusCode.Forbidden);
        (await TryWrite(app.Anonymous(), representative.Trn)).AssertUnauthorized();
        (await app.Anonymous().GetAsync(new Uri(Letters(representative.Trn), UriKind.Relative))).AssertUnauthorized();
        await (await http.Post(Letters(representative.Trn), new { code = "" })).AssertProblem(HttpStatusCode.BadRequest, "code");
        Assert.Empty(await LettersTo(http, representative.Trn));

        await TryWrite(await app.LoginAs("teamleader"), representative.Trn).ReadOk<LetterView>(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("4 Harbour Row", null, "postcode")]
    [InlineData(null, "YO21 3PU", "addressLine1")]
    [InlineData("4 Harbour Row", "NOT A CODE", "postcode")]
    public async Task P07_half_an_address_or_a_bad_postcode_is_400_on_set_up_and_change_and_nothing_changes(string? addressLine1, string? postcode, string field)
    {
        var http = await app.LoginAs("caseworker");
        var scin = await NewClientAsync(http);
        var representative = await SetUpAsync(http, scin);
        var before = await http.GetClientText(scin);

        await (await http.Post("/api/representatives", new { name = "Half Address", actingForScin = scin, security = _security, addressLine1, postcode }))
            .AssertProblem(HttpStatusCode.BadRequest, field);
        await (await http.Post($"/api/representatives/{representative.Trn}/change", new { name = "Changed Name", addressLine1, postcode }))
            .AssertProblem(HttpStatusCode.BadRequest, field);

        Assert.Equal(before, await http.GetClientText(scin));
        ApiClient.AssertSameJson(representative, await http.Get<AddressedRepresentativeView>($"/api/representatives/{representative.Trn}"));
    }

    [Fact]
    public async Task P05_a_change_without_the_address_keeps_it_and_an_empty_address_takes_it_away()
    {
        var http = await app.LoginAs("caseworker");
        var representative = await SetUpAsync(http, await NewClientAsync(http));

        var kept = await http.Post($"/api/representatives/{representative.Trn}/change", new { name = "Robin Advocate-Jones" }).ReadOk<AddressedRepresentativeView>();
        var cleared = await http.Post($"/api/representatives/{representative.Trn}/change", new { name = "Robin Advocate-Jones", addressLine1 = "", postcode = "" })
            .ReadOk<AddressedRepresentativeView>();

        Assert.Equal(("Robin Advocate-Jones", representative.Address), (kept.Name, kept.Address));
        Assert.Null(cleared.Address);
        await (await TryWrite(http, representative.Trn)).AssertProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task P05_the_demo_representative_has_an_address()
    {
        var http = await app.LoginAs("caseworker");
        var demo = await http.Get<AddressedRepresentativeView>($"/api/representatives/{DemoClients.RepresentativeTrn}");
        Assert.Equal(new AddressView("4 Harbour Row, Whitby", "YO21 3PU"), demo.Address);
    }
}

public sealed class RepresentativeLetterTests_Sqlite(SqliteFactory app) : RepresentativeLetterTests(app), IClassFixture<SqliteFactory>;

public sealed class RepresentativeLetterTests_Postgres(PostgresFactory app) : RepresentativeLetterTests(app), IClassFixture<PostgresFactory>;
