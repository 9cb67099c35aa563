using System.Reflection;

namespace Casework.Web.Infrastructure.Access;

/// <summary>Every feature's <see cref="AccessTable"/>, found by reflection so a new feature's table needs no registration.</summary>
public static class AccessRules
{
    private static readonly Lazy<IReadOnlyDictionary<string, Who>> All = new(Collect);

    public static IReadOnlyDictionary<string, Who> Declared => All.Value;

    public static Who? Find(string key) => All.Value.GetValueOrDefault(key);

    /// <summary>The key of an API route: <c>"GET /api/letters"</c> (trailing slash of a group's root route dropped).</summary>
    public static string RouteKey(string method, string pattern)
    {
        var path = pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
        return $"{method} {path}";
    }

    public static string PageKey(string viewEnginePath) => $"PAGE {viewEnginePath}";

    /// <summary>Whether <paramref name="user"/> may use the line <paramref name="key"/>, so a page offers only what it allows.</summary>
    public static bool Allows(System.Security.Claims.ClaimsPrincipal user, string key) =>
        Find(key) is { } who
            ? who.Anonymous || who.Roles.Any(user.IsInRole)
            : throw new InvalidOperationException($"There is no access line '{key}'.");

    /// <summary><c>"POST /ServiceRequests/Details?handler=Note"</c>, or <c>"POST /Compliments/Index"</c> for an unnamed handler.</summary>
    public static string PageHandlerKey(string httpMethod, string viewEnginePath, string? handler) =>
        $"{httpMethod.ToUpperInvariant()} {viewEnginePath}" + (handler is null ? string.Empty : $"?handler={handler}");

    private static Dictionary<string, Who> Collect()
    {
        var rules = new Dictionary<string, Who>(StringComparer.Ordinal);
        var tables = typeof(AccessRules).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(AccessTable))
            .Select(p => (Owner: p.DeclaringType!.Name, Table: (AccessTable)p.GetValue(null)!));
        foreach (var (owner, table) in tables)
        {
            foreach (var (key, who) in table)
            {
                if (!rules.TryAdd(key, who))
                {
                    throw new InvalidOperationException($"{owner} declares '{key}' a second time.");
                }
            }
        }

        return rules;
    }
}
