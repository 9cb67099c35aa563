using System.Net;
using System.Text.Json;
using Casework.Web.Data;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Casework.Web.Tests.Letters.Email;
using Casework.Web.Tests.SubjectAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Security;

/// <summary>
/// SEC-09: each view of a client's record, a letter PDF, a security-check result and a SAR export is in the append-only
/// access log (who, when, what, route or page); the subject access team and team leaders list who looked at a subject,
/// on the client page and in the SAR export; nobody else does.
/// </summary>
public abstract class AccessAuditTests(CaseworkFactory app)
{
    public sealed record AccessView(DateTimeOffset At, string By, string ByName, string What, string Item, string Route);

    [Fact]
    public async Task SEC09_a_client_record_viewed_through_the_api_and_the_page_is_logged_with_who_when_and_where()
    {
        var scin = ClientScins.Next();
        await app.AddClient(scin, Casework.Domain.Clients.ClientRole.PayingParent);
        var caseworker = await app.LoginAs("caseworker");
        var page = await PageSession.SignInAsync(app, "caseworker2");

        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"/api/clients/{scin}")).StatusCode);
        await page.GetHtmlAsync($"/Clients/{scin}");

        var log = await (await app.LoginAs("teamleader")).Get<List<AccessView>>($"/api/access-log?subject={scin}");
        Assert.Equal(
            [("100002", "Client record", $"GET /Clients/{scin}"), ("100001", "Client record", $"GET /api/clients/{scin}")],
            log.Select(a => (a.By, a.What, a.Route)));
        Assert.All(log, a => Assert.Equal(app.Clock.GetUtcNow(), a.At));
        Assert.Equal("Carys Evans", log[1].ByName);
    }

    [Fact]
    public async Task SEC09_a_letter_pdf_and_a_security_check_result_are_logged_against_their_subject()
    {
        var caseworker = await app.LoginAs("caseworker");
        var known = await caseworker.CreateKnownEmployer("Looked At Ltd");
        var sr = await caseworker.RaiseSr(employerErn: known.Ern);
        var letter = await caseworker.QueueLetter(sr.Reference);
        await caseworker.Document(letter.Id);
        var call = await caseworker.StartCall("Employer", known.Ern);
        await caseworker.Answer(call, KnownEmployer.RightAnswer);

        var log = await (await app.LoginAs("subjectaccess")).Get<List<AccessView>>($"/api/access-log?subject={known.Ern}");

        Assert.Equal(
            [("Security check result", call.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Letter document", letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            log.Select(a => (a.What, a.Item)));
    }

    [Fact]
    public async Task SEC09_team_leaders_and_the_subject_access_team_see_who_looked_on_the_client_page_and_a_caseworker_does_not()
    {
        var scin = ClientScins.Next();
        await app.AddClient(scin, Casework.Domain.Clients.ClientRole.ReceivingParent);
        await (await app.LoginAs("caseworker")).GetAsync($"/api/clients/{scin}");

        foreach (var user in new[] { "teamleader", "subjectaccess" })
        {
            var html = await (await PageSession.SignInAsync(app, user)).GetHtmlAsync($"/Clients/{scin}");
            Assert.Contains("Who looked at this subject", html, StringComparison.Ordinal);
            Assert.Contains($"GET /api/clients/{scin}", html, StringComparison.Ordinal);
        }

        var own = await (await PageSession.SignInAsync(app, "caseworker")).GetHtmlAsync($"/Clients/{scin}");
        Assert.DoesNotContain("Who looked at this subject", own, StringComparison.Ordinal);
        await (await (await app.LoginAs("caseworker")).GetAsync($"/api/access-log?subject={scin}")).AssertProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SEC09_the_sar_export_lists_who_looked_at_the_subject_including_the_export_itself()
    {
        var scin = ClientScins.Next();
        await app.AddClient(scin, Casework.Domain.Clients.ClientRole.PayingParent);
        var caseworker = await app.LoginAs("caseworker");
        await caseworker.GetAsync($"/api/clients/{scin}");
        var sar = await caseworker.LogSar(scin, app.Today());

        var export = await (await app.LoginAs("subjectaccess")).Export(sar.Reference);

        var log = export.Table("AccessLog").EnumerateArray().Select(e => (e.GetProperty("what").GetString(), e.GetProperty("by").GetString())).ToList();
        Assert.Equal([("Subject access export", "100040"), ("Client record", "100001")], log);
    }

    [Fact]
    public async Task SEC09_the_access_log_is_append_only()
    {
        var scin = ClientScins.Next();
        await app.AddClient(scin, Casework.Domain.Clients.ClientRole.PayingParent);
        await (await app.LoginAs("caseworker")).GetAsync($"/api/clients/{scin}");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var entry = await db.AccessLog.FirstAsync(a => a.Subject == scin);
        db.AccessLog.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}

public sealed class AccessAuditTests_Sqlite(SqliteFactory app) : AccessAuditTests(app), IClassFixture<SqliteFactory>;

public sealed class AccessAuditTests_Postgres(PostgresFactory app) : AccessAuditTests(app), IClassFixture<PostgresFactory>;
