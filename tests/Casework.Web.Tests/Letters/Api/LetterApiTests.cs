using System.Net;
using System.Text;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Letters.Rendering;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Letters.Api;

/// <summary>
/// The Letters API (API.md "Letters"; COR-01 to COR-05) over HTTP: queue by hand, list, the document in each
/// format and language, cancel until the batch, the batch itself and re-issue. Each test hangs its letters on
/// an SR of its own; tests that need a format or a language make an employer of their own.
/// </summary>
public abstract class LetterApiTests(CaseworkFactory app)
{
    private static readonly Dictionary<string, (Func<string, object> Body, string Field)> _badLetters = new()
    {
        ["no code"] = (sr => new { serviceRequest = sr }, "code"),
        ["blank code"] = (sr => new { serviceRequest = sr, code = "  " }, "code"),
        ["unknown code"] = (sr => new { serviceRequest = sr, code = "CMSL9999" }, "code"),
        ["no service request"] = (_ => new { code = LetterApi.Standard }, "serviceRequest"),
        ["unknown service request"] = (_ => new { serviceRequest = "SR99999999", code = LetterApi.Standard }, "serviceRequest"),
    };

    public static TheoryData<string> BadLetters => [.. _badLetters.Keys];

    public static TheoryData<string, string> SecuredRoutes => new()
    {
        { "GET", "/api/letters?serviceRequest={ref}" },
        { "POST", "/api/letters" },
        { "GET", "/api/letters/{id}/document" },
        { "POST", "/api/letters/{id}/cancel" },
        { "POST", "/api/letters/{id}/reissue" },
        { "POST", "/api/letters/batch" },
    };

    public static TheoryData<string, string> LetterRoutes => new()
    {
        { "GET", "/document" },
        { "POST", "/cancel" },
        { "POST", "/reissue" },
    };

    [Fact]
    public async Task COR02_a_letter_issued_on_an_SR_is_queued_and_listed_for_the_SR_and_on_it()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var queued = await http.QueueLetter(sr.Reference);

        Assert.True(queued.Id > 0);
        Assert.Equal(LetterApi.Standard, queued.Code);
        Assert.Equal("Queued", queued.Status);
        Assert.Equal("Standard", queued.Format);
        Assert.Equal("English", queued.Language);
        Assert.Equal(app.Clock.GetUtcNow(), queued.CreatedAt);
        Assert.Null(queued.ReissueOf);

        var listed = Assert.Single(await http.LettersFor(sr.Reference));
        ApiClient.AssertSameJson(queued, listed);
        var onSr = Assert.Single(await http.LettersOnSr(sr.Reference));
        ApiClient.AssertSameJson(queued, onSr);
        Assert.Contains(queued.Id, (await http.Get<List<LetterView>>("/api/letters")).Select(l => l.Id));

        // Another SR's list does not show it.
        var other = await http.RaiseSr();
        Assert.Empty(await http.LettersFor(other.Reference));
    }

    [Fact]
    public async Task COR01_the_document_is_a_pdf_that_shows_the_SR_reference_and_the_filled_in_template()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var letter = await http.QueueLetter(sr.Reference);

        var document = await http.Document(letter.Id);

        Assert.Equal("application/pdf", document.MediaType);
        Assert.True(document.IsPdf, "the document does not start with %PDF-");
        Assert.EndsWith(".pdf", document.FileName, StringComparison.Ordinal);
        var text = PdfText.Extract(document.Bytes);
        Assert.Contains($"Our reference: {sr.Reference}", text, StringComparison.Ordinal);
        Assert.Contains($"Your complaint reference is {sr.Reference}", Flat(text), StringComparison.Ordinal);
        Assert.Contains("Keeping you informed about your complaint", text, StringComparison.Ordinal);
        Assert.Contains("Dear Northgate Logistics Ltd", text, StringComparison.Ordinal);
        Assert.Contains("Carys Evans", text, StringComparison.Ordinal);
        Assert.Contains("2 March 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task COR05_an_employer_who_prefers_Welsh_gets_the_letter_in_Welsh()
    {
        var http = await app.LoginAs("caseworker");
        var ern = await NewEmployerAsync(http, "Cwmni Prawf Llythyrau Cyf", welsh: true);
        var sr = await http.RaiseSr(employerErn: ern);

        var letter = await http.QueueLetter(sr.Reference);

        Assert.Equal("Welsh", letter.Language);
        Assert.Equal("Standard", letter.Format);
        Assert.Equal("Welsh", (await http.Letter(sr.Reference, letter.Id)).Language);
        var document = await http.Document(letter.Id);
        Assert.Equal("application/pdf", document.MediaType);
        var text = PdfText.Extract(document.Bytes);
        Assert.Contains($"Ein cyfeirnod: {sr.Reference}", text, StringComparison.Ordinal);
        Assert.Contains("Eich diweddaru am eich cwyn", text, StringComparison.Ordinal);
        Assert.Contains("Annwyl Cwmni Prawf Llythyrau Cyf", text, StringComparison.Ordinal);
        Assert.Contains("2 Mawrth 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our reference", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task COR04_an_employer_who_asked_for_large_print_gets_a_large_print_pdf()
    {
        var http = await app.LoginAs("caseworker");
        var ern = await NewEmployerAsync(http, "Large Print Letters Ltd", format: LetterFormat.LargePrint);
        var sr = await http.RaiseSr(employerErn: ern);
        var standard = await http.QueueLetter((await http.RaiseSr()).Reference);

        var letter = await http.QueueLetter(sr.Reference);

        Assert.Equal("LargePrint", letter.Format);
        Assert.Equal("English", letter.Language);
        var document = await http.Document(letter.Id);
        Assert.Equal("application/pdf", document.MediaType);
        Assert.True(document.IsPdf);
        var text = PdfText.Extract(document.Bytes);
        Assert.Contains($"Our reference: {sr.Reference}", text, StringComparison.Ordinal);
        Assert.Contains($"Your complaint reference is {sr.Reference}", Flat(text), StringComparison.Ordinal);

        // The same letter in bigger type: more pages, fewer words a line.
        var standardPdf = (await http.Document(standard.Id)).Bytes;
        Assert.True(PdfText.PageCount(document.Bytes) > PdfText.PageCount(standardPdf), "large print should take more pages");
        Assert.True(
            MostWordsOnALine(PdfText.Extract(document.Bytes, layout: false)) * 1.4 < MostWordsOnALine(PdfText.Extract(standardPdf, layout: false)),
            "large print lines should hold far fewer words");
    }

    [Fact]
    public async Task COR04_an_employer_who_asked_for_braille_gets_a_brf_of_40_cell_lines_and_25_line_pages()
    {
        var http = await app.LoginAs("caseworker");
        var ern = await NewEmployerAsync(http, "Braille Letters Ltd", format: LetterFormat.Braille);
        var sr = await http.RaiseSr(employerErn: ern);

        var letter = await http.QueueLetter(sr.Reference);

        Assert.Equal("Braille", letter.Format);
        var document = await http.Document(letter.Id);
        Assert.Equal("text/plain", document.MediaType);
        Assert.EndsWith(".brf", document.FileName, StringComparison.Ordinal);
        Assert.False(document.IsPdf);
        Assert.All(document.Bytes, b => Assert.True(b is 0x0A or 0x0C or 0x0D or (>= 0x20 and <= 0x5F), $"byte 0x{b:X2} is not BRF"));
        var brf = Encoding.ASCII.GetString(document.Bytes);
        var pages = brf.Split('\f');
        Assert.All(pages, page =>
        {
            var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            Assert.InRange(lines.Length, 1, 25);
            Assert.All(lines, line => Assert.InRange(line.Length, 0, 40));
        });

        // Read back to print, it is this SR's letter.
        var print = new BrailleLetterRenderer().BackTranslate(brf);
        Assert.Contains(sr.Reference, print.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task COR02_a_queued_letter_can_be_cancelled_and_cancelling_it_again_is_409()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var letter = await http.QueueLetter(sr.Reference);

        var cancelled = await http.CancelLetter(letter.Id);

        Assert.Equal("Cancelled", cancelled.Status);
        Assert.Equal("Cancelled", (await http.Letter(sr.Reference, letter.Id)).Status);
        Assert.Equal("Cancelled", Assert.Single(await http.LettersOnSr(sr.Reference)).Status);
        var before = await http.LettersJson(sr.Reference);

        var again = await http.TryCancelLetter(letter.Id);

        await again.AssertProblem(HttpStatusCode.Conflict);
        Assert.Equal(before, await http.LettersJson(sr.Reference));
    }

    [Fact]
    public async Task COR02_a_cancelled_letter_is_not_sent_by_the_batch()
    {
        var http = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await http.RaiseSr();
        var cancelled = await http.QueueLetter(sr.Reference);
        var kept = await http.QueueLetter(sr.Reference);
        await http.CancelLetter(cancelled.Id);

        var batch = await teamLeader.RunBatch();

        Assert.True(batch.Ran);
        Assert.Equal(0, batch.StillQueued);
        Assert.Equal("Cancelled", (await http.Letter(sr.Reference, cancelled.Id)).Status);
        Assert.Equal("Sent", (await http.Letter(sr.Reference, kept.Id)).Status);
        var outbox = new Outbox(app.OutboxFolder);
        Assert.DoesNotContain(cancelled.Id, outbox.LetterFiles().Select(Outbox.IdOf));
        Assert.DoesNotContain(cancelled.Id, outbox.ManifestIds());
        outbox.AssertDeliveredExactlyOnce([kept.Id]);
    }

    [Fact]
    public async Task COR02_the_team_leaders_batch_sends_every_queued_letter_once_and_a_second_run_sends_none()
    {
        var http = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await http.RaiseSr();
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await http.QueueLetter(sr.Reference)).Id);
        }

        var first = await teamLeader.RunBatch();
        var second = await teamLeader.RunBatch();

        Assert.True(first.Ran);
        Assert.InRange(first.Sent, ids.Count, int.MaxValue);
        Assert.Equal(0, first.StillQueued);
        Assert.True(second.Ran);
        Assert.Equal(0, second.Sent);
        Assert.NotEqual(first.BatchId, second.BatchId);
        var letters = await http.LettersFor(sr.Reference);
        Assert.All(letters, l =>
        {
            Assert.Equal("Sent", l.Status);
            Assert.Equal(app.Clock.GetUtcNow(), l.SentAt);
        });
        Assert.Equal(ids, letters.Select(l => l.Id));
        new Outbox(app.OutboxFolder).AssertDeliveredExactlyOnce(ids);
        Assert.Empty(await http.Get<List<LetterView>>("/api/letters"));
        await AssertOneBatchEachAsync(ids, first.BatchId);
    }

    [Fact]
    public async Task COR02_cancel_after_the_batch_is_409_and_nothing_changes()
    {
        var http = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await http.RaiseSr();
        var letter = await http.QueueLetter(sr.Reference);
        await teamLeader.RunBatch();
        Assert.Equal("Sent", (await http.Letter(sr.Reference, letter.Id)).Status);
        var before = await http.Snapshot(sr.Reference);
        var lettersBefore = await http.LettersJson(sr.Reference);
        var outbox = new Outbox(app.OutboxFolder);
        var filesBefore = outbox.LetterFiles();
        var manifestBefore = outbox.ManifestLines();

        var response = await http.TryCancelLetter(letter.Id);

        var problem = await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Contains("sent", problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(lettersBefore, await http.LettersJson(sr.Reference));
        await http.AssertUnchanged(before);
        Assert.Equal(filesBefore, outbox.LetterFiles());
        Assert.Equal(manifestBefore, outbox.ManifestLines());
    }

    [Fact]
    public async Task COR03_reissue_of_a_sent_letter_queues_an_exact_copy_behind_a_covering_letter()
    {
        var http = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await http.RaiseSr();
        var original = await http.QueueLetter(sr.Reference);
        await teamLeader.RunBatch();
        var originalPdf = (await http.Document(original.Id)).Bytes;

        var copy = await http.ReissueLetter(original.Id);

        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal(original.Id, copy.ReissueOf);
        Assert.Equal("Queued", copy.Status);
        Assert.Equal(original.Code, copy.Code);
        Assert.Equal(original.Format, copy.Format);
        Assert.Equal(original.Language, copy.Language);
        var letters = await http.LettersFor(sr.Reference);
        Assert.Equal([original.Id, copy.Id], letters.Select(l => l.Id));
        Assert.Equal("Sent", letters[0].Status);
        Assert.Equal(original.Id, Assert.Single(await http.LettersOnSr(sr.Reference), l => l.Id == copy.Id).ReissueOf);

        var document = await http.Document(copy.Id);
        Assert.Equal("application/pdf", document.MediaType);
        var text = PdfText.Extract(document.Bytes);
        var cover = text.IndexOf("A copy of a letter we sent you", StringComparison.Ordinal);
        var body = text.IndexOf("Keeping you informed about your complaint", StringComparison.Ordinal);
        Assert.True(cover >= 0, $"no covering letter in:\n{text}");
        Assert.True(body > cover, $"the original should follow the covering letter:\n{text}");
        Assert.Contains("This is a copy of the letter we sent you on 2 March 2026 (letter CMSL8500).", Flat(text), StringComparison.Ordinal);

        // Exact copy: the pages after the covering letter read exactly as the original's.
        var originalPages = Pages(PdfText.Extract(originalPdf));
        var copyPages = Pages(text);
        Assert.True(copyPages.Count > originalPages.Count, "the re-issue should have the covering letter's pages too");
        Assert.Equal(originalPages, copyPages.Skip(copyPages.Count - originalPages.Count));
        Assert.Equal(PdfText.PageCount(document.Bytes), copyPages.Count);
    }

    [Fact]
    public async Task COR03_a_reissue_goes_out_in_the_next_batch_and_can_itself_be_cancelled_until_then()
    {
        var http = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await http.RaiseSr();
        var original = await http.QueueLetter(sr.Reference);
        await teamLeader.RunBatch();
        var first = await http.ReissueLetter(original.Id);
        var second = await http.ReissueLetter(original.Id);

        await http.CancelLetter(second.Id);
        await teamLeader.RunBatch();

        var letters = (await http.LettersFor(sr.Reference)).ToDictionary(l => l.Id);
        Assert.Equal("Sent", letters[original.Id].Status);
        Assert.Equal("Sent", letters[first.Id].Status);
        Assert.Equal("Cancelled", letters[second.Id].Status);
        new Outbox(app.OutboxFolder).AssertDeliveredExactlyOnce([original.Id, first.Id]);
    }

    [Fact]
    public async Task COR03_reissue_of_a_letter_not_yet_sent_is_409_and_nothing_is_queued()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var queued = await http.QueueLetter(sr.Reference);
        var cancelled = await http.QueueLetter(sr.Reference);
        await http.CancelLetter(cancelled.Id);
        var before = await http.LettersJson(sr.Reference);
        var count = await LetterCountAsync();

        foreach (var id in new[] { queued.Id, cancelled.Id })
        {
            var response = await http.TryReissueLetter(id);
            await response.AssertProblem(HttpStatusCode.Conflict);
        }

        Assert.Equal(before, await http.LettersJson(sr.Reference));
        Assert.Equal(count, await LetterCountAsync());
    }

    [Fact]
    public async Task COR05_a_welsh_letter_is_reissued_with_a_welsh_covering_letter()
    {
        var http = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var ern = await NewEmployerAsync(http, "Cwmni Ail Gyhoeddi Cyf", welsh: true);
        var sr = await http.RaiseSr(employerErn: ern);
        var original = await http.QueueLetter(sr.Reference);
        await teamLeader.RunBatch();

        var copy = await http.ReissueLetter(original.Id);

        Assert.Equal("Welsh", copy.Language);
        var text = PdfText.Extract((await http.Document(copy.Id)).Bytes);
        Assert.Contains("Copi o lythyr a anfonwyd atoch gennym", text, StringComparison.Ordinal);
        Assert.Contains("Eich diweddaru am eich cwyn", text, StringComparison.Ordinal);
        Assert.Contains("2 Mawrth 2026", Flat(Pages(text)[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("March", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task COR04_a_braille_letter_is_reissued_in_braille()
    {
        var http = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var ern = await NewEmployerAsync(http, "Braille Reissue Ltd", format: LetterFormat.Braille);
        var sr = await http.RaiseSr(employerErn: ern);
        var original = await http.QueueLetter(sr.Reference);
        await teamLeader.RunBatch();
        var originalBrf = Encoding.ASCII.GetString((await http.Document(original.Id)).Bytes);

        var copy = await http.ReissueLetter(original.Id);

        Assert.Equal("Braille", copy.Format);
        var document = await http.Document(copy.Id);
        Assert.Equal("text/plain", document.MediaType);
        var brf = Encoding.ASCII.GetString(document.Bytes);
        Assert.EndsWith(originalBrf, brf, StringComparison.Ordinal);
        Assert.True(brf.Length > originalBrf.Length, "the re-issue should start with the covering letter");
    }

    [Fact]
    public async Task COR02_only_a_team_leader_runs_the_batch_a_caseworker_gets_403_and_nothing_is_sent()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var letter = await http.QueueLetter(sr.Reference);
        var outbox = new Outbox(app.OutboxFolder);
        var files = outbox.LetterFiles();

        var response = await http.TryRunBatch();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Queued", (await http.Letter(sr.Reference, letter.Id)).Status);
        Assert.Equal(files, outbox.LetterFiles());
    }

    [Fact]
    public async Task COR02_the_403_for_a_caseworker_running_the_batch_is_a_problem_with_a_detail()
    {
        var http = await app.LoginAs("caseworker");

        var response = await http.TryRunBatch();

        await response.AssertProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(SecuredRoutes), MemberType = typeof(LetterApiTests))]
    public async Task Letters_api_without_a_token_is_401_and_changes_nothing(string method, string route)
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var letter = await http.QueueLetter(sr.Reference);
        var before = await http.LettersJson(sr.Reference);
        var count = await LetterCountAsync();
        var url = route.Replace("{ref}", sr.Reference, StringComparison.Ordinal)
            .Replace("{id}", letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        foreach (var client in new[] { app.Anonymous(), app.WithToken("garbage") })
        {
            using (client)
            {
                var body = method == "POST" && route == "/api/letters" ? new { serviceRequest = sr.Reference, code = LetterApi.Standard } : null;
                (await client.Send(new HttpMethod(method), url, body)).AssertUnauthorized();
            }
        }

        Assert.Equal(before, await http.LettersJson(sr.Reference));
        Assert.Equal(count, await LetterCountAsync());
    }

    [Theory]
    [MemberData(nameof(LetterRoutes), MemberType = typeof(LetterApiTests))]
    public async Task An_unknown_letter_id_is_404_problem(string method, string rest)
    {
        var http = await app.LoginAs("caseworker");
        var count = await LetterCountAsync();

        var response = await http.Send(new HttpMethod(method), $"/api/letters/99999999{rest}");

        await response.AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(count, await LetterCountAsync());
    }

    [Theory]
    [MemberData(nameof(BadLetters), MemberType = typeof(LetterApiTests))]
    public async Task COR01_bad_letter_input_is_400_with_field_errors_and_no_letter_is_created(string example)
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var count = await LetterCountAsync();
        var (body, field) = _badLetters[example];

        var response = await http.TryQueueLetter(body(sr.Reference));

        await response.AssertProblem(HttpStatusCode.BadRequest, field);
        Assert.Equal(count, await LetterCountAsync());
        Assert.Empty(await http.LettersFor(sr.Reference));
    }

    [Fact]
    public async Task COR01_a_template_field_left_out_is_400_and_nothing_is_queued()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var count = await LetterCountAsync();

        // CMSL8501 prints the plan's lines ({{ planLines }}), which only the caller can give.
        var response = await http.TryQueueLetter(new
        {
            serviceRequest = sr.Reference,
            code = "CMSL8501",
            paragraphs = new[] { "TM_01545_E" },
            freeText = "We will refund the overpayment.",
        });

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "fields");
        Assert.Contains("planLines", string.Join(' ', problem.Errors!["fields"]), StringComparison.Ordinal);
        Assert.Equal(count, await LetterCountAsync());
        Assert.Empty(await http.LettersFor(sr.Reference));
    }

    [Fact]
    public async Task COR01_a_letter_with_its_caller_fields_paragraph_and_free_text_is_queued_and_prints_them()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var letter = await http.QueueLetter(
            sr.Reference, "CMSL8501", new { planLines = "Refund the overpayment" }, ["TM_01545_E"], "We are sorry for the delay.");

        Assert.Equal("CMSL8501", letter.Code);
        Assert.Equal("Queued", letter.Status);
        var text = Flat(PdfText.Extract((await http.Document(letter.Id)).Bytes));
        Assert.Contains("Refund the overpayment", text, StringComparison.Ordinal);
        Assert.Contains("We are sorry for the delay.", text, StringComparison.Ordinal);
        Assert.Contains($"Complaint reference: {sr.Reference}", text, StringComparison.Ordinal);
    }

    /// <summary>A new employer for a test that changes language or format, so no other test's letters change.</summary>
    private async Task<string> NewEmployerAsync(HttpClient http, string name, bool welsh = false, LetterFormat format = LetterFormat.Standard)
    {
        var response = await http.TryCreateEmployer(new
        {
            name,
            region = Region.EnglandAndWales,
            email = "payroll@example.org",
            phones = new[] { "029 2000 0000" },
            payrollAddress = "1 Heol y Prawf, Caerdydd CF10 1AA",
            preferredLanguage = welsh ? "Welsh" : "English",
        });
        var ern = (await response.Read<EmployerView>(HttpStatusCode.Created)).Ern;
        if (format != LetterFormat.Standard)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            var employer = await db.Employers.SingleAsync(e => e.Ern == ern);
            employer.UseLetterFormat(format);
            await db.SaveChangesAsync();
        }

        return ern;
    }

    private async Task<int> LetterCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Letters.CountAsync();
    }

    private async Task AssertOneBatchEachAsync(List<int> ids, string batchId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var letters = await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Letters.AsNoTracking()
            .Where(l => ids.Contains(l.Id)).ToListAsync();
        Assert.Equal(ids.Count, letters.Count);
        Assert.All(letters, l => Assert.Equal(batchId, l.BatchId));
    }

    /// <summary>pdftotext output with line breaks and runs of spaces folded, so a wrapped sentence reads as one.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Pages(string text) => [.. text.Split('\f').Where(p => p.Trim().Length > 0)];

    private static int MostWordsOnALine(string text) =>
        text.Split('\n').Max(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}

public sealed class LetterApiTests_Sqlite(SqliteFactory app) : LetterApiTests(app), IClassFixture<SqliteFactory>;

public sealed class LetterApiTests_Postgres(PostgresFactory app) : LetterApiTests(app), IClassFixture<PostgresFactory>;
