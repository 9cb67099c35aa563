using System.Net;
using Casework.Web.Tests.InboundCorrespondence;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 item 8: security headers on pages and JSON, no-store on letters, no bidi overrides in file names.</summary>
public abstract class SecurityHeaderTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("/Auth/Login")]
    [InlineData("/api/inbox")]
    [InlineData("/health")]
    public async Task Pages_and_JSON_carry_CSP_nosniff_and_referrer_policy(string url)
    {
        var http = await app.LoginAs("caseworker");
        using var response = await http.GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url} may be cached");
    }

    [Fact]
    public async Task A_letter_PDF_is_never_stored_by_a_cache()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var letter = await http.QueueLetter(sr.Reference);

        using var response = await http.GetAsync($"/api/letters/{letter.Id}/document");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task An_uploaded_file_name_loses_its_right_to_left_override()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var response = await http.PostAsync(InboundCorrespondenceApi.Url(sr.Reference), InboundCorrespondenceApi.Form(InboundCorrespondenceApi.ScannedPdf(), "invoice\u202Efdp.pdf"));
        var document = await response.Read<InboundDocumentView>(HttpStatusCode.Created);

        Assert.Equal("invoicefdp.pdf", document.FileName);
    }

    [Fact]
    public async Task The_layout_scripts_carry_the_nonce_of_the_policy()
    {
        using var anonymous = app.Anonymous();
        using var response = await anonymous.GetAsync("/Auth/Login");
        var html = await response.Content.ReadAsStringAsync();
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, $"nonce=\"{System.Text.RegularExpressions.Regex.Escape(nonce)}\""));
    }
}

public sealed class SecurityHeaderTests_Sqlite(SqliteFactory app) : SecurityHeaderTests(app), IClassFixture<SqliteFactory>;

public sealed class SecurityHeaderTests_Postgres(PostgresFactory app) : SecurityHeaderTests(app), IClassFixture<PostgresFactory>;
