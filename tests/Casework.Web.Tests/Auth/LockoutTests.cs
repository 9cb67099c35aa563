using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Auth;

/// <summary>
/// Identity lockout on the API login (DESIGN.md: identity with lockout). Its own app per lane, so
/// the locked demo users cannot disturb any other test.
/// </summary>
public abstract class LockoutTests(CaseworkFactory app)
{
    [Fact]
    public async Task Five_failed_logins_lock_the_account_and_then_even_the_right_password_is_401()
    {
        using var anonymous = app.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await anonymous.Login("caseworker2", $"wrong-password-{attempt}")).AssertProblem(HttpStatusCode.Unauthorized);
        }

        var locked = await (await anonymous.Login("caseworker2", ApiClient.DemoPassword)).AssertProblem(HttpStatusCode.Unauthorized);

        Assert.Contains("locked", locked.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Login("caseworker", ApiClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Four_failed_logins_do_not_lock_and_a_good_login_starts_the_count_again()
    {
        using var anonymous = app.Anonymous();
        for (var round = 0; round < 2; round++)
        {
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                await (await anonymous.Login("accountmanager2", "wrong-password")).AssertProblem(HttpStatusCode.Unauthorized);
            }

            Assert.Equal(HttpStatusCode.OK, (await anonymous.Login("accountmanager2", ApiClient.DemoPassword)).StatusCode);
        }
    }
}

public sealed class LockoutTests_Sqlite(SqliteFactory app) : LockoutTests(app), IClassFixture<SqliteFactory>;

public sealed class LockoutTests_Postgres(PostgresFactory app) : LockoutTests(app), IClassFixture<PostgresFactory>;
