using System.Net;
using System.Text.Json;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Auth;

/// <summary>
/// SEC-11 (issue 10 item 5): sign-out, lockout and a role change end that user's cookies and bearer tokens within a
/// minute; the login answer carries no refresh token, as API.md has no refresh route. Its own app per lane.
/// </summary>
public abstract class SessionRevocationTests(CaseworkFactory app)
{
    [Fact]
    public async Task SEC11_login_answers_only_the_access_token_its_type_and_lifetime_no_refresh_token()
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.Login("caseworker", ApiClient.DemoPassword);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["accessToken", "expiresIn", "tokenType"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Bearer", json.RootElement.GetProperty("tokenType").GetString());
        Assert.Equal(8 * 3600, json.RootElement.GetProperty("expiresIn").GetInt64());
    }

    [Fact]
    public async Task SEC11_signing_out_through_the_api_ends_every_token_and_cookie_of_that_user_at_once()
    {
        var first = await app.LoginAs("caseworker2", fresh: true);
        var second = await app.LoginAs("caseworker2", fresh: true);
        var page = await PageSession.SignInAsync(app, "caseworker2");
        var someoneElse = await app.LoginAs("teamleader", fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/inbox")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync("/api/auth/logout", null)).StatusCode);

        (await first.GetAsync("/api/inbox")).AssertUnauthorized();
        (await second.GetAsync("/api/inbox")).AssertUnauthorized();
        using var inbox = await page.Http.GetAsync("/Inbox");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.Contains("/Auth/Login", inbox.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync("/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAs("caseworker2", fresh: true)).GetAsync("/api/inbox")).StatusCode);
    }

    [Fact]
    public async Task SEC11_signing_out_on_the_page_ends_that_users_bearer_tokens()
    {
        var token = await app.LoginAs("accountmanager", fresh: true);
        var page = await PageSession.SignInAsync(app, "accountmanager");

        var signedOut = await page.PostFormAsync("/Inbox", "/Auth/Logout", new());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        (await token.GetAsync("/api/inbox")).AssertUnauthorized();
    }

    [Fact]
    public async Task SEC11_a_role_change_ends_the_users_tokens_and_cookies_within_a_minute()
    {
        var token = await app.LoginAs("accountmanager2", fresh: true);
        var page = await PageSession.SignInAsync(app, "accountmanager2");
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/inbox")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("accountmanager2"))!;
            Assert.True((await users.RemoveFromRoleAsync(user, "AccountManager")).Succeeded);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1));

        (await token.GetAsync("/api/inbox")).AssertUnauthorized();
        using var inbox = await page.Http.GetAsync("/Inbox");
        Assert.Contains("/Auth/Login", inbox.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SEC11_a_lockout_ends_the_users_tokens_within_a_minute()
    {
        var token = await app.LoginAs("segmentmanager", fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/inbox")).StatusCode);
        using var anonymous = app.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await anonymous.Login("segmentmanager", $"wrong-{attempt}")).AssertProblem(HttpStatusCode.Unauthorized);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1));

        (await token.GetAsync("/api/inbox")).AssertUnauthorized();
    }
}

public sealed class SessionRevocationTests_Sqlite(SqliteFactory app) : SessionRevocationTests(app), IClassFixture<SqliteFactory>;

public sealed class SessionRevocationTests_Postgres(PostgresFactory app) : SessionRevocationTests(app), IClassFixture<PostgresFactory>;
