using System.Net;
using System.Text.RegularExpressions;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Casework.Web.Tests.Letters.Email;

/// <summary>A browser-like session on the Razor pages: cookie sign-in, antiforgery tokens scraped from each form.</summary>
public sealed partial class PageSession(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<PageSession> SignInAsync(CaseworkFactory app, string userName)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var session = new PageSession(http);
        var signedIn = await session.PostFormAsync("/Auth/Login", "/Auth/Login", new()
        {
            ["UserName"] = userName,
            ["Password"] = ApiClient.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    public async Task<string> GetHtmlAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Loads <paramref name="page"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var token = Token().Match(await GetHtmlAsync(page));
        Assert.True(token.Success, $"{page} has no antiforgery token.");
        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
