using System.Net;
using System.Text.RegularExpressions;
using Casework.Web.Tests.AccountManagers;
using Casework.Web.Tests.ComplaintOutcomes;
using Casework.Web.Tests.EmployerComplaints;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Casework.Web.Tests.Clients;
using Casework.Web.Tests.SubjectAccess;
using Casework.Web.Tests.TeamTasks;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Govuk;

/// <summary>
/// GOV.UK: every form page has a back link. Walks every Razor page from the app's own page table (a page added
/// tomorrow must be given a URL here), opens it as the first demo user it serves, and wherever the page's main content
/// posts a form, looks for the back link.
/// </summary>
public abstract partial class BackLinkTests(CaseworkFactory app)
{
    /// <summary>Pages not walked, each with the reason.</summary>
    private static readonly Dictionary<string, string> _notWalked = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Auth/Login"] = "where a session starts: there is nothing to go back to",
        ["/Auth/Logout"] = "only posts; a GET goes elsewhere",
        ["/AccountManagers/Mine"] = "redirects to the account manager's own /AccountManagers/{staffNumber}/Employers, walked here",
        ["/InboundCorrespondence/Document"] = "serves the scanned PDF itself",
        ["/Errors/Status"] = "an error page, answered with its error status and no form",
    };

    [Fact]
    public async Task Every_page_with_a_form_has_a_back_link()
    {
        var caseworker = await app.LoginAs("caseworker");
        var employer = await caseworker.CreateEmployer("Back Link Ltd");
        var sr = await caseworker.RaiseSr(employerErn: employer.Ern);
        var complaint = await caseworker.LogComplaint(employer.Ern, receivedOn: app.Today());
        var outcomes = await caseworker.RaiseComplaint();
        var referral = await caseworker.Refer(employer.Ern, "Allocate");
        var sar = await caseworker.LogSar(employer.Ern, app.Today());
        var task = await TeamTaskTests.InterpretationTask(caseworker, await app.AddClientAsync(name: "Back Link Client"));
        var urls = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["/AccountManagers/Employers"] = "/AccountManagers/100030/Employers",
            ["/AccountManagers/Referral"] = $"/AccountManagers/Referrals/{referral.Reference}",
            ["/AccountManagers/Refer"] = $"/AccountManagers/Refer?ern={employer.Ern}",
            ["/Clients/Details"] = "/Clients/700000002",
            ["/ComplaintOutcomes/Complaint"] = $"/Complaints/{outcomes}",
            ["/DeoNotices/Reissue"] = $"/DeoNotices/Reissue?ern={employer.Ern}",
            ["/EmployerComplaints/Approval"] = $"/EmployerComplaints/Approval/{complaint.Reference}",
            ["/EmployerComplaints/Details"] = $"/EmployerComplaints/{complaint.Reference}",
            ["/EmployerComplaints/Log"] = $"/EmployerComplaints/Log?ern={employer.Ern}",
            ["/Employers/Details"] = $"/Employers/{employer.Ern}",
            ["/InboundCorrespondence/Upload"] = $"/InboundCorrespondence/Upload/{sr.Reference}",
            ["/Reports/Report"] = "/Reports/timeliness",
            ["/ServiceRequests/Close"] = $"/ServiceRequests/{sr.Reference}/Close/Completed",
            ["/ServiceRequests/Details"] = $"/ServiceRequests/{sr.Reference}",
            ["/ServiceRequests/Raise"] = $"/ServiceRequests/Raise?ern={employer.Ern}",
            ["/TeamTasks/Details"] = $"/TeamTasks/{task}",
            ["/SubjectAccess/Request"] = $"/SubjectAccess/Request/{sar.Reference}",
        };
        var sessions = new List<PageSession>();
        foreach (var user in new[] { "caseworker", "teamleader", "subjectaccess", "accountmanager" })
        {
            sessions.Add(await PageSession.SignInAsync(app, user));
        }

        var failures = new List<string>();
        var formPages = 0;
        foreach (var (path, template) in Pages())
        {
            if (_notWalked.ContainsKey(path))
            {
                continue;
            }

            if (template.Contains('{', StringComparison.Ordinal) && !urls.ContainsKey(path))
            {
                failures.Add($"{path} ({template}): give it a URL in this test");
                continue;
            }

            var url = urls.GetValueOrDefault(path, "/" + template);
            var html = await FirstServedAsync(sessions, url);
            if (html is null)
            {
                failures.Add($"{url}: no demo user is served it");
                continue;
            }

            if (!PostForm().IsMatch(MainContent(html)))
            {
                continue;
            }

            formPages++;
            if (!BackLink().IsMatch(html))
            {
                failures.Add($"{url} ({path}) has a form and no back link");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(formPages > 15, $"Only {formPages} form pages found: is the walk finding the forms?");
    }

    private static async Task<string?> FirstServedAsync(IEnumerable<PageSession> sessions, string url)
    {
        foreach (var session in sessions)
        {
            using var response = await session.Http.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadAsStringAsync();
            }
        }

        return null;
    }

    /// <summary>The page's own content: the header's sign-out form does not make a page a form page.</summary>
    private static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[start..end] : string.Empty;
    }

    private List<(string Path, string Template)> Pages() =>
        app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath)
            .Select(g => (g.Key, g.Select(p => p.AttributeRouteInfo?.Template ?? string.Empty).OrderBy(t => t.Length).First()))
            .ToList();

    [GeneratedRegex("<form[^>]*method=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex("<a[^>]*class=\"govuk-back-link\"[^>]*href=\"[^\"]+\"|<a[^>]*href=\"[^\"]+\"[^>]*class=\"govuk-back-link\"")]
    private static partial Regex BackLink();
}

public sealed class BackLinkTests_Sqlite(SqliteFactory app) : BackLinkTests(app), IClassFixture<SqliteFactory>;

public sealed class BackLinkTests_Postgres(PostgresFactory app) : BackLinkTests(app), IClassFixture<PostgresFactory>;
