using System.Collections;

namespace Casework.Web.Infrastructure.Access;

/// <summary>
/// One feature's declaration of who may use each of its routes and pages (SEC-10), kept in one file per feature folder
/// (<c>Features/&lt;Feature&gt;/&lt;Feature&gt;Access.cs</c>) as a <c>public static AccessTable Table</c>. Keys:
/// <list type="bullet">
/// <item><c>"POST /api/letters/{id:int}/cancel"</c> — an API route: method and the route pattern exactly as mapped;</item>
/// <item><c>"PAGE /Letters/Index"</c> — a Razor page (every handler of it);</item>
/// <item><c>"POST /ServiceRequests/Details?handler=Note"</c> — one handler of a page, when it needs fewer roles than the page.</item>
/// </list>
/// <see cref="AccessRules"/> finds every table; the framework enforces it; a route or page without a line is refused to everyone.
/// </summary>
public sealed class AccessTable : IEnumerable<KeyValuePair<string, Who>>
{
    private readonly Dictionary<string, Who> _rules = new(StringComparer.Ordinal);

    public void Add(string key, Who who)
    {
        if (!key.StartsWith("PAGE /", StringComparison.Ordinal) && !key.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' is neither 'METHOD /path' nor 'PAGE /Folder/Page'.", nameof(key));
        }

        _rules.Add(key, who);
    }

    public IEnumerator<KeyValuePair<string, Who>> GetEnumerator() => _rules.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
