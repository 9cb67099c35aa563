using System.Collections;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Security;

/// <summary>
/// Issue 10 item 2: every POST and PUT route under /api — read from the app's own endpoint table, so a route added
/// tomorrow is fuzzed too — gets NUL, oversized, malformed and out-of-range input, and never answers 5xx.
/// </summary>
public abstract class FuzzTests(CaseworkFactory app)
{
    private static readonly string[] Users = ["caseworker", "teamleader"];

    [Fact]
    public async Task No_POST_or_PUT_route_answers_5xx_to_NUL_oversized_malformed_or_out_of_range_input()
    {
        var routes = WriteRoutes();
        Assert.True(routes.Count > 30, $"Only {routes.Count} write routes found.");
        var failures = new List<string>();
        foreach (var user in Users)
        {
            var http = await app.LoginAs(user);
            var sr = await (await app.LoginAs("caseworker")).RaiseSr();
            foreach (var (method, pattern, bodyType) in routes)
            {
                var url = Fill(pattern, sr.Reference);
                foreach (var (kind, content) in Bodies(bodyType))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
                    var response = await http.SendAsync(request);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{user} {method} {url} [{kind}] → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task No_GET_route_answers_5xx_to_a_NUL_or_an_out_of_range_date_in_its_query()
    {
        var http = await app.LoginAs("teamleader");
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();
        var failures = new List<string>();
        foreach (var pattern in Routes("GET").Select(r => r.Pattern))
        {
            foreach (var query in new[] { "?search=%00&team=%00", "?from=9999-12-31&days=999999999&receivedOn=0001-01-01&withinDays=-2147483648&pageSize=2147483647&page=2147483647" })
            {
                var url = Fill(pattern, sr.Reference) + query;
                var response = await http.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"GET {url} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private List<(string Method, string Pattern, Type? BodyType)> WriteRoutes() => [.. Routes("POST"), .. Routes("PUT")];

    private List<(string Method, string Pattern, Type? BodyType)> Routes(string method) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                        && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) == true)
            .Select(e => (method, e.RoutePattern.RawText!, e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType))
            .Where(r => !r.Item2.Contains("/auth/login", StringComparison.Ordinal) || method == "POST")
            // Signing out would end the fuzzing user's own token (SEC-11); it takes no input.
            .Where(r => !r.Item2.Contains("/auth/logout", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    /// <summary>Route values that exist in the demo data, so the fuzzed body reaches the handler.</summary>
    private static string Fill(string pattern, string srReference)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["reference"] = srReference, ["r"] = srReference, ["ern"] = ApiClient.DemoErn, ["earn"] = ApiClient.DemoEarn,
            ["scin"] = "700000001", ["trn"] = "55500001", ["staffNumber"] = "100001", ["id"] = "1", ["count"] = "1",
        };
        var url = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}]*)?\}", m =>
            values.TryGetValue(m.Groups[1].Value, out var v) ? v : "1");
        return url;
    }

    private static IEnumerable<(string Kind, HttpContent Content)> Bodies(Type? bodyType)
    {
        yield return ("NUL in every string", Json(Build(bodyType, "ab\u0000c", long.MaxValue, "9999-12-31", 0)));
        yield return ("oversized strings", Json(Build(bodyType, new string('x', 100_000), 1, "2026-03-02", 0)));
        yield return ("strings longer than columns", Json(Build(bodyType, new string('y', 4_001), -1, "0001-01-01", 0)));
        yield return ("out-of-range numbers and dates", Json(Build(bodyType, "9999-12-31", int.MaxValue, "9999-12-31", 0)));
        yield return ("right-to-left override", Json(Build(bodyType, "evil\u202Efdp.exe", 0, "1900-01-01", 0)));
        yield return ("malformed JSON", Raw("{\"text\": \"unterminated", "application/json"));
        yield return ("JSON array", Raw("[1,2,3]", "application/json"));
        yield return ("truncated multipart", Raw("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF", "multipart/form-data; boundary=zz"));
        yield return ("NUL in a form field", Raw("description=%00&receivedOn=9999-99-99", "application/x-www-form-urlencoded"));
    }

    private static StringContent Json(JsonNode? node) => new(node?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    /// <summary>A JSON value for <paramref name="type"/> with every string, number and date replaced by the fuzz value.</summary>
    private static JsonNode? Build(Type? type, string text, long number, string date, int depth)
    {
        if (type is null || depth > 4)
        {
            return new JsonObject { ["text"] = text, ["reason"] = text, ["name"] = text, ["version"] = number };
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return date;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type.IsEnum)
        {
            return Enum.GetNames(type)[^1];
        }

        if (type == typeof(int) || type == typeof(short))
        {
            return number is > int.MaxValue or < int.MinValue ? int.MaxValue : (int)number;
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return number;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return new JsonObject { ["name"] = Build(type.GetGenericArguments()[1], text, number, date, depth + 1), [text.Length < 50 ? text : "k"] = text };
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            return new JsonArray(Build(element, text, number, date, depth + 1), Build(element, text, number, date, depth + 1));
        }

        var result = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            result[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Build(property.PropertyType, text, number, date, depth + 1);
        }

        return result;
    }
}

public sealed class FuzzTests_Sqlite(SqliteFactory app) : FuzzTests(app), IClassFixture<SqliteFactory>;

public sealed class FuzzTests_Postgres(PostgresFactory app) : FuzzTests(app), IClassFixture<PostgresFactory>;
