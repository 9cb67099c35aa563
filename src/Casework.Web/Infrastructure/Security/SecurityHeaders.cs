using System.Security.Cryptography;

namespace Casework.Web.Infrastructure.Security;

/// <summary>
/// Headers on every response, pages and JSON alike: a Content-Security-Policy that allows only this site's own
/// scripts (plus the layout's two inline scripts by a per-request nonce) and no framing, no MIME sniffing and no
/// referrer leaving the site.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "casework.csp-nonce";

    /// <summary>The nonce the layout puts on its inline scripts.</summary>
    public static string CspNonce(this HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders has not run for this request.");

    private static bool IsStaticAsset(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/css", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/javascript", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/javascript", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("font/", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase));

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Hex, so Razor writes it into the page unchanged (it would encode a base64 "+").
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (!IsStaticAsset(context.Response.ContentType) && !headers.ContainsKey("Cache-Control"))
            {
                // Pages, JSON, letter PDFs and SAR exports hold personal data: no browser or proxy keeps a copy.
                headers.CacheControl = "no-store";
            }

            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
                // The API reference page is a third-party single-page app with its own inline styles and scripts.
                ? "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
                : $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; " +
                  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
