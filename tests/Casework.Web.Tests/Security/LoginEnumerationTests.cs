using System.Diagnostics;
using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 item 7 (SEC-11): login gives the same answer, after the same work, for unknown and real users.</summary>
public abstract class LoginEnumerationTests(CaseworkFactory app)
{
    [Fact]
    public async Task SEC11_an_unknown_user_a_wrong_password_and_a_locked_account_get_the_same_message()
    {
        using var anonymous = app.Anonymous();
        var unknown = await (await anonymous.Login("nobody-at-all", "wrong-password")).AssertProblem(HttpStatusCode.Unauthorized);
        var wrong = await (await anonymous.Login("segmentmanager", "wrong-password")).AssertProblem(HttpStatusCode.Unauthorized);
        for (var i = 0; i < 5; i++)
        {
            await anonymous.Login("segmentmanager", "wrong-password");
        }

        var locked = await (await anonymous.Login("segmentmanager", ApiClient.DemoPassword)).AssertProblem(HttpStatusCode.Unauthorized);

        Assert.Equal(unknown.Detail, wrong.Detail);
        Assert.Equal(unknown.Detail, locked.Detail);
        Assert.Contains("locked", unknown.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SEC11_an_unknown_user_name_takes_as_long_to_refuse_as_a_real_one()
    {
        using var anonymous = app.Anonymous();
        await anonymous.Login("warm-up", "x");
        var unknown = new List<double>();
        var real = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            unknown.Add(await TimeAsync(() => anonymous.Login($"no-such-user-{i}", "wrong-password")));
            real.Add(await TimeAsync(() => anonymous.Login("accountmanager", "wrong-password")));
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.Login("accountmanager", ApiClient.DemoPassword)).StatusCode);
        var unknownMedian = unknown.Order().ElementAt(2);
        var realMedian = real.Order().ElementAt(2);
        // Before the fix: 1.4 ms against 51 ms. The same hashing work keeps them within a factor of two or so.
        Assert.True(unknownMedian >= realMedian / 3, $"unknown {unknownMedian:F1} ms, real {realMedian:F1} ms");
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        using var response = await send();
        return watch.Elapsed.TotalMilliseconds;
    }
}

public sealed class LoginEnumerationTests_Sqlite(SqliteFactory app) : LoginEnumerationTests(app), IClassFixture<SqliteFactory>;

public sealed class LoginEnumerationTests_Postgres(PostgresFactory app) : LoginEnumerationTests(app), IClassFixture<PostgresFactory>;
