using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Casework.Web.Infrastructure.Security;

/// <summary>Settings under <c>Casework:Https</c> for running behind a TLS-terminating proxy.</summary>
public sealed class HttpsOptions
{
    /// <summary>True in production behind a TLS proxy: forwarded headers, HSTS, HTTPS redirection and Secure cookies.</summary>
    public bool BehindTlsProxy { get; set; }

    /// <summary>The proxies' addresses whose X-Forwarded-* headers are believed (none: loopback only).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>
    /// The port plain-HTTP requests are redirected to. The app itself listens on HTTP behind the proxy, so the
    /// framework cannot discover it, and without it UseHttpsRedirection redirects nothing.
    /// </summary>
    public int HttpsPort { get; set; } = 443;
}

public static class TlsProxy
{
    public static HttpsOptions Https(this IConfiguration configuration) =>
        configuration.GetSection("Casework:Https").Get<HttpsOptions>() ?? new HttpsOptions();

    public static IServiceCollection AddTlsProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var https = configuration.Https();
        if (!https.BehindTlsProxy)
        {
            return services;
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in https.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.AddHttpsRedirection(o => o.HttpsPort = https.HttpsPort);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UseTlsProxy(this WebApplication app)
    {
        if (app.Configuration.Https().BehindTlsProxy)
        {
            app.UseForwardedHeaders();
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
