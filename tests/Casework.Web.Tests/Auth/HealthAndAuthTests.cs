using System.Net;
using System.Text.Json;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Auth;

/// <summary>API.md "Health and auth": anonymous health and description, bearer login, 401 everywhere else.</summary>
public abstract class HealthAndAuthTests(CaseworkFactory app)
{
    /// <summary>Every /api route of API.md's first sections plus the SR work-management routes.</summary>
    public static TheoryData<string, string> SecuredRoutes => new()
    {
        { "GET", "/api/calendar/working-days/add?from=2023-05-05&days=2&region=EnglandAndWales" },
        { "POST", "/api/employers" },
        { "GET", "/api/employers/10000001" },
        { "GET", "/api/employers?search=Northgate" },
        { "POST", "/api/agents" },
        { "GET", "/api/agents/90000001" },
        { "GET", "/api/staff?role=AccountManager" },
        { "GET", "/api/service-request-types" },
        { "POST", "/api/service-requests" },
        { "GET", "/api/service-requests/{ref}" },
        { "GET", "/api/service-requests/{ref}/audit" },
        { "POST", "/api/service-requests/{ref}/notes" },
        { "POST", "/api/service-requests/{ref}/activities/1/done" },
        { "POST", "/api/service-requests/{ref}/status" },
        { "POST", "/api/service-requests/{ref}/assign" },
        { "POST", "/api/service-requests/{ref}/take-ownership" },
        { "POST", "/api/service-requests/{ref}/assignment-lock" },
        { "GET", "/api/inbox" },
        { "GET", "/api/inbox?team=true" },
        { "GET", "/api/inbox?page=2&pageSize=10&sort=age" },
        { "POST", "/api/inbox/reassign" },
        { "GET", "/api/service-requests?search=10000001" },
    };

    [Fact]
    public async Task Health_is_200_without_a_login()
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Wave 2 (OPS-02): JSON with an overall status and one entry per dependency.
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Object, health.GetProperty("checks").ValueKind);
    }

    [Fact]
    public async Task OpenApi_description_is_served_without_a_login_and_lists_the_api()
    {
        using var anonymous = app.Anonymous();
        var document = await anonymous.Get<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/auth/login", "/api/calendar/working-days/add", "/api/employers", "/api/employers/{ern}",
                     "/api/agents", "/api/staff", "/api/service-request-types", "/api/service-requests",
                     "/api/service-requests/{reference}", "/api/service-requests/{reference}/notes",
                     "/api/service-requests/{reference}/audit", "/api/inbox",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from /openapi/v1.json");
        }
    }

    [Fact]
    public async Task Login_returns_a_bearer_token_that_opens_the_api()
    {
        using var anonymous = app.Anonymous();
        var login = await (await anonymous.Login("teamleader", ApiClient.DemoPassword)).Read<LoginView>(HttpStatusCode.OK);

        Assert.Equal("Bearer", login.TokenType);
        Assert.False(string.IsNullOrWhiteSpace(login.AccessToken));
        Assert.Equal(8 * 60 * 60, login.ExpiresIn);
        using var client = app.WithToken(login.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/inbox")).StatusCode);
    }

    [Theory]
    [InlineData("subjectaccess", "not-the-password")]
    [InlineData("nobody-by-this-name", ApiClient.DemoPassword)]
    [InlineData("subjectaccess", "")]
    [InlineData("", ApiClient.DemoPassword)]
    [InlineData(null, null)]
    public async Task Login_with_wrong_or_missing_credentials_is_401_problem(string? userName, string? password)
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.Login(userName, password);
        await response.AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(SecuredRoutes), MemberType = typeof(HealthAndAuthTests))]
    public async Task Every_api_route_without_a_token_or_with_a_bad_one_is_401_and_changes_nothing(string method, string route)
    {
        var teamLeader = await app.LoginAs("teamleader");
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();
        var before = await teamLeader.Snapshot(sr.Reference);
        var employers = await teamLeader.EmployerCount();
        var teamWork = (await teamLeader.Inbox(team: true)).Count;
        var url = route.Replace("{ref}", sr.Reference, StringComparison.Ordinal);
        var realToken = app.Tokens["teamleader"];
        var tampered = string.Concat(realToken.AsSpan(0, 20), realToken[20] == 'A' ? "B" : "A", realToken.AsSpan(21));

        foreach (var client in new[] { app.Anonymous(), app.WithToken("garbage"), app.WithToken(tampered) })
        {
            using (client)
            {
                var response = await client.Send(new HttpMethod(method), url, BodyFor(url));
                response.AssertUnauthorized();
            }
        }

        await teamLeader.AssertUnchanged(before);
        Assert.Equal(employers, await teamLeader.EmployerCount());
        Assert.Equal(teamWork, (await teamLeader.Inbox(team: true)).Count);
    }

    [Fact]
    public async Task An_unknown_api_route_is_404_problem_not_a_redirect_to_the_sign_in_page()
    {
        var http = await app.LoginAs("caseworker");
        var response = await http.GetAsync("/api/no-such-route");
        await response.AssertProblem(HttpStatusCode.NotFound);
    }

    /// <summary>A request that would succeed with a valid token, so only the missing login can refuse it.</summary>
    private static object? BodyFor(string url) => url switch
    {
        "/api/employers" => new { name = "Unauthorised Employer Ltd", region = "EnglandAndWales" },
        "/api/agents" => new { name = "Unauthorised Bureau", addressLine1 = "1 Road", postcode = "M1 1AA" },
        "/api/service-requests" => new
        {
            process = "Employer", area = "Info Requested", subArea = "Send Literature",
            employerErn = ApiClient.DemoErn, raisedBy = "Employer", channel = "Phone",
        },
        "/api/inbox/reassign" => new { references = new[] { "SR00000001" }, toStaffNumber = "100002" },
        _ when url.EndsWith("/notes", StringComparison.Ordinal) => new { text = "Should not be saved" },
        _ when url.EndsWith("/status", StringComparison.Ordinal) => new { status = "InProgress" },
        _ when url.EndsWith("/assign", StringComparison.Ordinal) => new { staffNumber = "100002" },
        _ when url.EndsWith("/assignment-lock", StringComparison.Ordinal) => new { locked = true },
        _ => null,
    };
}

public sealed class HealthAndAuthTests_Sqlite(SqliteFactory app) : HealthAndAuthTests(app), IClassFixture<SqliteFactory>;

public sealed class HealthAndAuthTests_Postgres(PostgresFactory app) : HealthAndAuthTests(app), IClassFixture<PostgresFactory>;
