using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace Casework.Web.Infrastructure.Govuk;

/// <summary>A GOV.UK back link: where a form page goes back to, and what the link says.</summary>
public sealed record BackLink(string Text, string Href);

/// <summary>
/// The back link of each form page, declared once (GOV.UK: every form page has one, before the main content). The
/// layout reads this table for the page it renders; a form page that writes its own back link in its view (Raise,
/// Close, Refer, Upload, Reissue, Clients/Create, Reports) is not listed. <c>BackLinkTests</c> walks every page and
/// fails for a page with a form and no back link. Sign-in has none: it is where a session starts.
/// </summary>
public static class BackLinks
{
    private static readonly BackLink _home = new("Back to home", "/");

    private static readonly Dictionary<string, Func<RouteValueDictionary, IQueryCollection, BackLink>> _table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/AccountManagers/Employers"] = (_, _) => new("Back to employers", "/employers"),
        ["/AccountManagers/Referral"] = (_, _) => new("Back to team inbox", "/inbox?team=true"),
        ["/Calls/Take"] = (_, _) => _home,
        ["/Clients/Details"] = (_, _) => new("Back to clients", "/Clients"),
        ["/ComplaintOutcomes/Complaint"] = (route, _) => new("Back to service request", $"/ServiceRequests/{Value(route, "reference")}"),
        ["/Compliments/Index"] = (_, query) => query["clientScin"] is { Count: > 0 } scin && !string.IsNullOrWhiteSpace(scin)
            ? new("Back to client", $"/Clients/{Uri.EscapeDataString(scin.ToString())}")
            : _home,
        ["/Contact/OutboundCall"] = (_, _) => new("Back to take a call", "/Calls/Take"),
        ["/EmployerComplaints/Approval"] = (route, _) => new("Back to complaint", $"/EmployerComplaints/{Value(route, "reference")}"),
        ["/EmployerComplaints/Details"] = (_, _) => new("Back to inbox", "/inbox"),
        ["/EmployerComplaints/Log"] = (_, query) => query["ern"] is { Count: > 0 } ern && !string.IsNullOrWhiteSpace(ern)
            ? new("Back to employer", $"/Employers/{Uri.EscapeDataString(ern.ToString())}")
            : new("Back to employers", "/employers"),
        ["/Employers/Details"] = (_, _) => new("Back to employers", "/employers"),
        ["/Inbox/Index"] = (_, _) => _home,
        ["/Letters/Index"] = (_, _) => _home,
        ["/ServiceRequests/Details"] = (_, _) => new("Back to inbox", "/inbox"),
        ["/SubjectAccess/Log"] = (_, _) => new("Back to subject access requests", "/SubjectAccess"),
        ["/SubjectAccess/Request"] = (_, _) => new("Back to subject access requests", "/SubjectAccess"),
    };

    /// <summary>The back link for the page being rendered, or null when it has none in the table.</summary>
    public static BackLink? For(ViewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ActionDescriptor is PageActionDescriptor page && _table.TryGetValue(page.ViewEnginePath, out var link)
            ? link(context.RouteData.Values, context.HttpContext.Request.Query)
            : null;
    }

    private static string Value(RouteValueDictionary route, string key) => Uri.EscapeDataString(route[key]?.ToString() ?? string.Empty);
}
