using System.Net;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 item 8: behind a TLS proxy (Casework:Https:BehindTlsProxy) plain HTTP is redirected to HTTPS and HTTPS carries HSTS.</summary>
public abstract class TlsProxyTests(TlsProxyTests.BehindProxyFactory app)
{
    [Fact]
    public async Task Behind_a_TLS_proxy_plain_http_is_redirected_to_https_on_443()
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://casework.example.org") });

        using var response = await http.GetAsync("/Auth/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://casework.example.org/Auth/Login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_https_answers_carry_HSTS_for_a_year_and_a_secure_antiforgery_cookie()
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://casework.example.org") });

        using var response = await http.GetAsync("/Auth/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    public class BehindProxyFactory(DatabaseProvider provider) : CaseworkFactory(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Casework:Https:BehindTlsProxy", "true");
        }
    }
}

public sealed class SqliteBehindProxyFactory() : TlsProxyTests.BehindProxyFactory(DatabaseProvider.Sqlite);

public sealed class PostgresBehindProxyFactory() : TlsProxyTests.BehindProxyFactory(DatabaseProvider.Postgres);

public sealed class TlsProxyTests_Sqlite(SqliteBehindProxyFactory app) : TlsProxyTests(app), IClassFixture<SqliteBehindProxyFactory>;

public sealed class TlsProxyTests_Postgres(PostgresBehindProxyFactory app) : TlsProxyTests(app), IClassFixture<PostgresBehindProxyFactory>;
