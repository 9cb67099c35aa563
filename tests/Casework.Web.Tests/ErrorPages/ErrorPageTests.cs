using System.Net;
using System.Text.RegularExpressions;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Casework.Web.Tests.ErrorPages;

/// <summary>OPS-05, API.md "Running it": page paths get GOV.UK 404 and 500 pages; /api paths keep problem details.</summary>
public abstract partial class ErrorPageTests(ErrorPagesFactory app)
{
    public static TheoryData<string> MissingPages => ["/ServiceRequests/SR09999999", "/Employers/99999999", "/No/Such/Page", "/EmployerComplaints/EC99999999"];

    [Theory]
    [MemberData(nameof(MissingPages))]
    public async Task OPS05_a_missing_page_is_a_govuk_404_page(string path)
    {
        var page = await PageSession.SignInAsync(app, "caseworker");

        using var response = await page.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-template", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OPS05_an_unknown_path_is_a_404_page_even_when_not_signed_in()
    {
        using var anonymous = app.Anonymous();

        using var response = await anonymous.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OPS05_an_unknown_api_path_keeps_problem_details()
    {
        var http = await app.LoginAs("caseworker");

        using var response = await http.GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OPS05_a_server_error_on_a_page_is_a_govuk_500_page_with_the_trace_id_in_the_log()
    {
        using var anonymous = app.Anonymous();

        using var response = await anonymous.GetAsync("/Errors/Fail");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        var traceId = TraceId().Match(html);
        Assert.True(traceId.Success, "the 500 page shows no trace id");
        Assert.True(
            app.Logs.Lines.Any(l => l.Contains("Unexpected error on /Errors/Fail", StringComparison.Ordinal) && l.Contains(traceId.Groups[1].Value, StringComparison.Ordinal)),
            $"trace id {traceId.Groups[1].Value} is not in the log: {string.Join(Environment.NewLine, app.Logs.Lines)}");
    }

    [Fact]
    public async Task OPS05_a_server_error_on_the_api_is_problem_details()
    {
        using var anonymous = app.Anonymous();

        using var response = await anonymous.GetAsync("/api/diagnostics/fail");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("data-testid=\"trace-id\">([0-9a-f]{32}|[^<]+)</strong>")]
    private static partial Regex TraceId();
}

/// <summary>The app with its failure routes on and its log kept.</summary>
public class ErrorPagesFactory(DatabaseProvider provider) : CaseworkFactory(provider)
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:Diagnostics:FailureRoutes", "true");
        builder.ConfigureTestServices(services => services.AddLogging(l => l.AddProvider(Logs)));
    }
}

public sealed class ErrorPagesSqliteFactory() : ErrorPagesFactory(DatabaseProvider.Sqlite);

public sealed class ErrorPagesPostgresFactory() : ErrorPagesFactory(DatabaseProvider.Postgres);

public sealed class ErrorPageTests_Sqlite(ErrorPagesSqliteFactory app) : ErrorPageTests(app), IClassFixture<ErrorPagesSqliteFactory>;

public sealed class ErrorPageTests_Postgres(ErrorPagesPostgresFactory app) : ErrorPageTests(app), IClassFixture<ErrorPagesPostgresFactory>;
