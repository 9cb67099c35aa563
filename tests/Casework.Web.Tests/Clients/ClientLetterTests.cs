using System.Net;
using System.Text;
using Casework.Web.Infrastructure.Letters.Rendering;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Casework.Web.Tests.Letters.Rendering;

namespace Casework.Web.Tests.Clients;

/// <summary>
/// P-07 with COR-04/05: a letter to a client is addressed to the client's address, in their language and format,
/// read back from the real rendered document; the format is set with <c>POST /api/clients/{scin}/letter-format</c>.
/// </summary>
public abstract class ClientLetterTests(CaseworkFactory app)
{
    private static object NewClient(string name, string language = "English") => new
    {
        name, role = "ReceivingParent", addressLine1 = "27 Lighthouse Terrace", postcode = "ll65 1aa", region = "EnglandAndWales", phone = "01407 000000",
        preferredLanguage = language,
    };

    private static async Task<string> CreateAsync(HttpClient http, string name, string language = "English") =>
        (await http.Post("/api/clients", NewClient(name, language)).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;

    private static async Task<LetterView> QueueAsync(HttpClient http, string scin) =>
        await (await http.Post(ClientApi.Client(scin, "/letters"), new { code = "CMSL8500" })).Read<LetterView>(HttpStatusCode.Created);

    [Fact]
    public async Task P07_a_client_letter_pdf_shows_the_clients_name_and_address()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await CreateAsync(http, "Morwenna Address");

        var letter = await QueueAsync(http, scin);
        var document = await http.Document(letter.Id);

        Assert.Equal(("Standard", "English"), (letter.Format, letter.Language));
        Assert.Equal("application/pdf", document.MediaType);
        var text = PdfText.Extract(document.Bytes);
        Assert.Contains("Morwenna Address", text, StringComparison.Ordinal);
        Assert.Contains("27 Lighthouse Terrace", text, StringComparison.Ordinal);
        Assert.Contains("LL65 1AA", text, StringComparison.Ordinal);
        Assert.Contains("Dear Morwenna Address", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task COR05_P07_a_client_who_prefers_Welsh_gets_the_letter_in_Welsh_at_their_address()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await CreateAsync(http, "Gwenllian Cymraeg", "Welsh");

        var letter = await QueueAsync(http, scin);
        var text = PdfText.Extract((await http.Document(letter.Id)).Bytes);

        Assert.Equal("Welsh", letter.Language);
        Assert.Contains("Annwyl Gwenllian Cymraeg", text, StringComparison.Ordinal);
        Assert.Contains("27 Lighthouse Terrace", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our reference", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task COR04_a_client_who_asks_for_large_print_gets_a_large_print_pdf_with_the_address()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await CreateAsync(http, "Large Print Client");
        var standard = await QueueAsync(http, scin);

        var changed = await http.Post(ClientApi.Client(scin, "/letter-format"), new { format = "LargePrint" }).ReadOk<ClientFormatView>();
        var letter = await QueueAsync(http, scin);
        var document = await http.Document(letter.Id);

        Assert.Equal("LargePrint", changed.LetterFormat);
        Assert.Equal("LargePrint", letter.Format);
        Assert.Contains("27 Lighthouse Terrace", PdfText.Extract(document.Bytes), StringComparison.Ordinal);
        Assert.True(PdfText.PageCount(document.Bytes) > PdfText.PageCount((await http.Document(standard.Id)).Bytes), "large print should take more pages");
    }

    [Fact]
    public async Task COR04_a_client_who_asks_for_braille_gets_a_brf_addressed_to_them()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await CreateAsync(http, "Braille Client");
        await http.Post(ClientApi.Client(scin, "/letter-format"), new { format = "Braille" }).ReadOk<ClientFormatView>();

        var letter = await QueueAsync(http, scin);
        var document = await http.Document(letter.Id);

        Assert.Equal("Braille", letter.Format);
        Assert.Equal("text/plain", document.MediaType);
        Assert.EndsWith(".brf", document.FileName, StringComparison.Ordinal);
        var print = new BrailleLetterRenderer().BackTranslate(Encoding.ASCII.GetString(document.Bytes)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("LL651AA", print, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task COR04_a_bad_letter_format_is_400_other_teams_403_an_unknown_client_404_and_nothing_changes()
    {
        var http = await app.LoginAs("caseworker");
        var scin = await CreateAsync(http, "Format Refusals");
        var before = await http.GetClientText(scin);

        await (await http.Post(ClientApi.Client(scin, "/letter-format"), new { format = "Papyrus" })).AssertProblem(HttpStatusCode.BadRequest, "format");
        await (await (await app.LoginAs("subjectaccess")).Post(ClientApi.Client(scin, "/letter-format"), new { format = "Braille" })).AssertProblem(HttpStatusCode.Forbidden);
        await (await http.Post(ClientApi.Client("799999991", "/letter-format"), new { format = "Braille" })).AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().Post(ClientApi.Client(scin, "/letter-format"), new { format = "Braille" })).StatusCode);

        Assert.Equal(before, await http.GetClientText(scin));
        Assert.Equal("Standard", (await QueueAsync(http, scin)).Format);
    }
}

public sealed record ClientFormatView(string Scin, string LetterFormat);

public sealed class ClientLetterTests_Sqlite(SqliteFactory app) : ClientLetterTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientLetterTests_Postgres(PostgresFactory app) : ClientLetterTests(app), IClassFixture<PostgresFactory>;
