using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.InboundCorrespondence;

/// <summary>
/// COR-06: a scanned PDF is stored, linked to its SR, listed on it and read back byte for byte at any time;
/// anything that is not a PDF, an empty file or one over 20 MB is refused and nothing is stored.
/// Each test links its scans to an SR of its own.
/// </summary>
public abstract partial class InboundCorrespondenceTests(CaseworkFactory app)
{
    private const int TwentyMb = 20 * 1024 * 1024;

    [Fact]
    public async Task COR06_scanned_pdf_is_stored_linked_to_the_sr_and_reads_back_byte_identical()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var pdf = InboundCorrespondenceApi.ScannedPdf("Payslip March");

        var uploaded = await http.UploadInbound(sr.Reference, pdf, "payslip-march.pdf", description: "Payslip for March", receivedOn: "2026-02-27");

        Assert.True(uploaded.Id > 0);
        Assert.Equal("payslip-march.pdf", uploaded.FileName);
        Assert.Equal(pdf.Length, uploaded.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), uploaded.Sha256);
        Assert.Equal(app.Clock.GetUtcNow(), uploaded.UploadedAt);

        var listed = Assert.Single(await http.InboundDocuments(sr.Reference));
        ApiClient.AssertSameJson(uploaded, listed);
        Assert.Equal(sr.Reference, listed.ServiceRequest);
        Assert.Equal("application/pdf", listed.ContentType);
        Assert.Equal(new DateOnly(2026, 2, 27), listed.ReceivedOn);
        Assert.Equal("Payslip for March", listed.Description);
        Assert.Equal("Carys Evans (100001)", listed.UploadedBy);

        var audit = Assert.Single(await http.Audit(sr.Reference), a => a.Action == "Inbound correspondence linked");
        Assert.Equal("payslip-march.pdf", audit.After);
        Assert.Equal("Carys Evans (100001)", audit.By);
        Assert.Equal(uploaded.UploadedAt, audit.At);

        // Any caseworker, not just the uploader, can view it at any time later.
        app.TravelTo(app.Clock.GetUtcNow().AddDays(30));
        var other = await app.LoginAs("caseworker2");
        var file = await other.InboundFile(uploaded.Id);
        Assert.Equal(pdf, file.Bytes);
        Assert.Equal("application/pdf", file.MediaType);
        Assert.Equal("inline", file.Disposition);
        Assert.Equal("payslip-march.pdf", file.FileName);
    }

    [Fact]
    public async Task COR06_each_sr_lists_only_its_own_scans_oldest_first()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var otherSr = await http.RaiseSr();
        Assert.Empty(await http.InboundDocuments(sr.Reference));

        var first = await http.UploadInbound(sr.Reference, InboundCorrespondenceApi.ScannedPdf("one"), "one.pdf");
        var second = await http.UploadInbound(sr.Reference, InboundCorrespondenceApi.ScannedPdf("two"), @"C:\Scans\two.pdf");
        var elsewhere = await http.UploadInbound(otherSr.Reference, InboundCorrespondenceApi.ScannedPdf("three"), "three.pdf");

        Assert.Equal([first.Id, second.Id], (await http.InboundDocuments(sr.Reference)).Select(d => d.Id));
        Assert.Equal("two.pdf", second.FileName);
        Assert.Equal([elsewhere.Id], (await http.InboundDocuments(otherSr.Reference)).Select(d => d.Id));
    }

    [Fact]
    public async Task COR06_a_file_that_is_not_a_pdf_is_refused_even_when_labelled_as_one_and_nothing_is_stored()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await CountsAsync(sr.Reference);

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var problem = await (await http.TryUploadInbound(sr.Reference, png, "scan.pdf", "application/pdf")).AssertProblem(HttpStatusCode.BadRequest, "file");
        Assert.Contains("PDF", problem.Errors!["file"][0], StringComparison.Ordinal);
        await (await http.TryUploadInbound(sr.Reference, Encoding.UTF8.GetBytes("Dear CMS, please find enclosed"), "letter.txt", "text/plain"))
            .AssertProblem(HttpStatusCode.BadRequest, "file");
        // The magic bytes must start the file, not just appear in it.
        await (await http.TryUploadInbound(sr.Reference, [.. " "u8.ToArray(), .. InboundCorrespondenceApi.ScannedPdf()], "scan.pdf"))
            .AssertProblem(HttpStatusCode.BadRequest, "file");

        Assert.Equal(before, await CountsAsync(sr.Reference));
        Assert.Empty(await http.InboundDocuments(sr.Reference));
    }

    [Fact]
    public async Task COR06_an_empty_file_or_no_file_is_refused()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await CountsAsync(sr.Reference);

        await (await http.TryUploadInbound(sr.Reference, [], "empty.pdf")).AssertProblem(HttpStatusCode.BadRequest, "file");
        await (await http.TryUploadInbound(sr.Reference, file: null, description: "no file")).AssertProblem(HttpStatusCode.BadRequest, "file");
        await (await http.Post(InboundCorrespondenceApi.Url(sr.Reference), new { file = "JVBERi0=" })).AssertProblem(HttpStatusCode.BadRequest, "file");

        Assert.Equal(before, await CountsAsync(sr.Reference));
    }

    [Fact]
    public async Task COR06_a_file_over_20_MB_is_refused_and_one_of_exactly_20_MB_is_accepted()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await CountsAsync(sr.Reference);

        await (await http.TryUploadInbound(sr.Reference, PdfOfSize(TwentyMb + 1), "big.pdf")).AssertProblem(HttpStatusCode.BadRequest, "file");
        // Well past the request limit: still a 400 on the file, not a broken connection or a 500.
        await (await http.TryUploadInbound(sr.Reference, PdfOfSize(TwentyMb + (3 * 1024 * 1024)), "huge.pdf")).AssertProblem(HttpStatusCode.BadRequest, "file");
        Assert.Equal(before, await CountsAsync(sr.Reference));

        var exact = PdfOfSize(TwentyMb);
        var uploaded = await http.UploadInbound(sr.Reference, exact, "exact.pdf");
        Assert.Equal(TwentyMb, uploaded.Size);
        Assert.Equal(exact, (await http.InboundFile(uploaded.Id)).Bytes);
    }

    [Fact]
    public async Task COR06_a_bad_received_date_or_an_overlong_description_is_refused()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var pdf = InboundCorrespondenceApi.ScannedPdf();
        var tomorrow = app.Clock.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await (await http.TryUploadInbound(sr.Reference, pdf, receivedOn: "31/02/2026")).AssertProblem(HttpStatusCode.BadRequest, "receivedOn");
        await (await http.TryUploadInbound(sr.Reference, pdf, receivedOn: tomorrow)).AssertProblem(HttpStatusCode.BadRequest, "receivedOn");
        await (await http.TryUploadInbound(sr.Reference, pdf, description: new string('d', 501))).AssertProblem(HttpStatusCode.BadRequest, "description");

        Assert.Empty(await http.InboundDocuments(sr.Reference));
    }

    [Fact]
    public async Task COR06_an_unknown_sr_or_document_is_404()
    {
        var http = await app.LoginAs("caseworker");
        var count = await AllDocumentsAsync();

        await (await http.TryUploadInbound("SR99999999", InboundCorrespondenceApi.ScannedPdf())).AssertProblem(HttpStatusCode.NotFound);
        await (await http.GetAsync(InboundCorrespondenceApi.Url("SR99999999"))).AssertProblem(HttpStatusCode.NotFound);
        await (await http.GetAsync("/api/inbound-documents/999999")).AssertProblem(HttpStatusCode.NotFound);

        Assert.Equal(count, await AllDocumentsAsync());
    }

    [Fact]
    public async Task COR06_inbound_correspondence_api_without_a_token_is_401_and_stores_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var document = await http.UploadInbound(sr.Reference, InboundCorrespondenceApi.ScannedPdf());
        var before = await CountsAsync(sr.Reference);

        foreach (var client in new[] { app.Anonymous(), app.WithToken("garbage") })
        {
            using (client)
            {
                (await client.TryUploadInbound(sr.Reference, InboundCorrespondenceApi.ScannedPdf())).AssertUnauthorized();
                (await client.GetAsync(InboundCorrespondenceApi.Url(sr.Reference))).AssertUnauthorized();
                (await client.GetAsync($"/api/inbound-documents/{document.Id}")).AssertUnauthorized();
            }
        }

        Assert.Equal(before, await CountsAsync(sr.Reference));
    }

    [Fact]
    public async Task COR06_the_sr_page_uploads_a_scan_lists_it_and_shows_it_inline()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/ServiceRequests/{sr.Reference}";
        var html = await page.GetHtmlAsync(url);
        Assert.Contains("Inbound correspondence", html, StringComparison.Ordinal);
        Assert.Contains("No inbound correspondence.", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);

        var pdf = InboundCorrespondenceApi.ScannedPdf("Court order");
        var response = await PostUploadAsync(page, url, sr.Reference, pdf, "court-order.pdf", "Court order");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}#inbound-correspondence", response.Headers.Location?.OriginalString);
        html = await page.GetHtmlAsync(url);
        Assert.Contains("Inbound correspondence linked: court-order.pdf", html, StringComparison.Ordinal);
        var document = Assert.Single(await http.InboundDocuments(sr.Reference));
        var view = $"/InboundCorrespondence/{document.Id}";
        Assert.Contains($"href=\"{view}\"", html, StringComparison.Ordinal);

        using var shown = await page.Http.GetAsync(view);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("application/pdf", shown.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", shown.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(pdf, await shown.Content.ReadAsByteArrayAsync());

        var refused = await PostUploadAsync(page, url, sr.Reference, Encoding.UTF8.GetBytes("not a pdf"), "notes.txt", null);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errorPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("There is a problem", errorPage, StringComparison.Ordinal);
        Assert.Contains("The selected file must be a PDF.", errorPage, StringComparison.Ordinal);
        Assert.Single(await http.InboundDocuments(sr.Reference));
    }

    private static async Task<HttpResponseMessage> PostUploadAsync(PageSession page, string formPage, string reference, byte[] file, string fileName, string? description)
    {
        var token = Token().Match(await page.GetHtmlAsync(formPage));
        Assert.True(token.Success, $"{formPage} has no antiforgery token.");
        using var form = InboundCorrespondenceApi.Form(file, fileName, description: description);
        form.Add(new StringContent(token.Groups[1].Value), "__RequestVerificationToken");
        return await page.Http.PostAsync($"/InboundCorrespondence/Upload/{reference}", form);
    }

    /// <summary>A PDF header followed by filler, exactly <paramref name="size"/> bytes.</summary>
    private static byte[] PdfOfSize(int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private async Task<(int Documents, int Audit)> CountsAsync(string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return (await db.InboundDocuments.CountAsync(d => d.ServiceRequestReference == reference),
            await db.AuditEntries.CountAsync(a => a.Subject == reference));
    }

    private async Task<int> AllDocumentsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().InboundDocuments.CountAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class InboundCorrespondenceTests_Sqlite(SqliteFactory app) : InboundCorrespondenceTests(app), IClassFixture<SqliteFactory>;

public sealed class InboundCorrespondenceTests_Postgres(PostgresFactory app) : InboundCorrespondenceTests(app), IClassFixture<PostgresFactory>;
