using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casework.Web.Infrastructure.Access;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Tests.Security;

/// <summary>
/// SEC-10: every /api route and every page — read from the app's own endpoint table, so a route added tomorrow is
/// walked too — has a line in its feature's access table, and each role gets exactly what that line says: a role the
/// line leaves out gets 403 as a problem (API) or the access-denied page (pages); a role it names is never refused.
/// </summary>
public abstract partial class AccessMatrixTests(CaseworkFactory app)
{
    /// <summary>One demo user per role, with every role that user holds.</summary>
    private static readonly (string User, string[] Roles)[] Users =
    [
        ("caseworker", [Caseworker]),
        ("teamleader", [TeamLeader]),
        ("complaintsreview", [EscalatedComplaints]),
        ("accountmanager", [AccountManager, Caseworker]),
        ("subjectaccess", ["SubjectAccess"]),
    ];

    [Fact]
    public void SEC10_every_api_route_and_page_has_a_line_in_its_features_access_table_and_every_line_a_route()
    {
        var routes = ApiRoutes().Select(r => r.Key).ToList();
        var pages = Pages().Select(p => AccessRules.PageKey(p.Path)).ToList();
        var undeclared = routes.Concat(pages).Where(k => AccessRules.Find(k) is null).ToList();
        Assert.True(undeclared.Count == 0, "No access line for:\n" + string.Join('\n', undeclared));

        var handlers = PageHandlers().ToHashSet(StringComparer.Ordinal);
        var stale = AccessRules.Declared.Keys.Where(k => !routes.Contains(k) && !pages.Contains(k) && !handlers.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Access lines for no route, page or page handler:\n" + string.Join('\n', stale));
        Assert.True(routes.Count > 80, $"Only {routes.Count} API routes found.");
    }

    [Fact]
    public async Task SEC10_every_api_route_refuses_each_role_its_line_leaves_out_with_one_problem_shape_and_serves_the_rest()
    {
        var failures = new List<string>();
        foreach (var (user, roles) in Users)
        {
            var http = await app.LoginAs(user);
            foreach (var (key, method, url) in ApiRoutes())
            {
                // Signing out ends the walker's own token; SessionRevocationTests cover it.
                if (AccessRules.Find(key) is not { Anonymous: false } who || key == "POST /api/auth/logout")
                {
                    continue;
                }

                using var request = new HttpRequestMessage(new HttpMethod(method), url)
                {
                    Content = method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
                };
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var allowed = who.Allows(roles);
                if (allowed && response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{user} refused {(int)response.StatusCode} on {key} though its line says {who}: {body}");
                }
                else if (!allowed && !IsForbiddenProblem(response, body, who))
                {
                    failures.Add($"{user} got {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} on {key} (line says {who}): {body}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task SEC10_every_page_sends_each_role_its_line_leaves_out_to_the_access_denied_page_and_opens_for_the_rest()
    {
        var failures = new List<string>();
        foreach (var (user, roles) in Users)
        {
            var session = await PageSession.SignInAsync(app, user);
            foreach (var (path, url) in Pages())
            {
                var who = AccessRules.Find(AccessRules.PageKey(path))!;
                using var response = await session.Http.GetAsync(url);
                var denied = response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location?.OriginalString.Contains("/Auth/Denied", StringComparison.Ordinal) == true;
                if (denied == who.Allows(roles))
                {
                    failures.Add($"{user} GET {url} → {(int)response.StatusCode} {response.Headers.Location} (line says {who})");
                }
            }

            var deniedPage = await session.GetHtmlAsync("/Auth/Denied");
            Assert.Contains("govuk-heading-l", deniedPage, StringComparison.Ordinal);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static bool IsForbiddenProblem(HttpResponseMessage response, string body, Who who)
    {
        if (response.StatusCode != HttpStatusCode.Forbidden || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        return root.GetProperty("status").GetInt32() == 403
               && root.GetProperty("title").GetString() == "Forbidden"
               && root.GetProperty("detail").GetString() == who.RefusalDetail;
    }

    /// <summary>Every /api route with its access key and a URL whose values name nothing, so no handler finds data to act on.</summary>
    private List<(string Key, string Method, string Url)> ApiRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => (AccessRules.RouteKey(m, e.RoutePattern.RawText!), m == "*" ? "GET" : m, Fill(e.RoutePattern.RawText!))))
            .Where(r => !r.Item1.Contains("/diagnostics/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    /// <summary>Every Razor page with a URL to open it.</summary>
    private List<(string Path, string Url)> Pages() =>
        app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath)
            .Select(g => (g.Key, "/" + Fill(g.Select(p => p.AttributeRouteInfo?.Template ?? string.Empty).OrderBy(t => t.Length).First())))
            .ToList();

    /// <summary>The key of each handler method of each page model, so a handler line that names no handler is caught.</summary>
    private IEnumerable<string> PageHandlers()
    {
        var models = typeof(AccessRules).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel))).ToList();
        foreach (var (path, _) in Pages())
        {
            var folder = path.TrimStart('/').Split('/');
            var ns = "Casework.Web.Features" + string.Concat(folder[..^1].Select(f => "." + f));
            var model = models.FirstOrDefault(t => t.Namespace == ns && t.Name == folder[^1] + "Model");
            foreach (var method in model?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) ?? [])
            {
                var match = HandlerName().Match(method.Name);
                if (match.Success)
                {
                    var name = match.Groups[2].Value;
                    yield return AccessRules.PageHandlerKey(match.Groups[1].Value, path, name.Length == 0 ? null : name);
                }
            }
        }
    }

    private static string Fill(string pattern) =>
        RouteValue().Replace(pattern, m => m.Groups[1].Value switch
        {
            "id" or "count" => "987654",
            "ern" => "99999998",
            "earn" => "99999997",
            "scin" => "799999999",
            "trn" => "59999999",
            "staffNumber" => "999999",
            "path" => "no-such-route",
            "code" => "404",
            _ => "NOPE-0000001",
        });

    [GeneratedRegex(@"\{\**(\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex("^On(Get|Post)(\\w*?)(Async)?$")]
    private static partial Regex HandlerName();
}

public sealed class AccessMatrixTests_Sqlite(SqliteFactory app) : AccessMatrixTests(app), IClassFixture<SqliteFactory>;

public sealed class AccessMatrixTests_Postgres(PostgresFactory app) : AccessMatrixTests(app), IClassFixture<PostgresFactory>;
