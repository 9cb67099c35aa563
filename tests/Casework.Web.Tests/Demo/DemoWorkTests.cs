using System.Net;
using System.Text.Json;
using Casework.Domain.Correspondence;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Demo;

/// <summary>The app as a new user first starts it: demo organisation and the demo work (<c>Casework:DemoWork</c>).</summary>
public class DemoWorkFactory(DatabaseProvider provider) : CaseworkFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:DemoWork", "true");
        builder.UseSetting("Casework:Complaints:ScheduleDeadlineJob", "false");
    }
}

public sealed class DemoWorkSqliteFactory() : DemoWorkFactory(DatabaseProvider.Sqlite);

public sealed class DemoWorkPostgresFactory() : DemoWorkFactory(DatabaseProvider.Postgres);

/// <summary>OPS-06: a new user's first sign-in shows the system at work, made by the app's own handlers.</summary>
public abstract class DemoWorkTests(CaseworkFactory app)
{
    private static readonly string[] _workers =
        ["caseworker", "caseworker2", "teamleader", "complaintsreview", "accountmanager", "accountmanager2", "segmentmanager"];

    [Fact]
    public async Task OPS06_every_demo_login_has_a_full_inbox_at_first_sign_in()
    {
        foreach (var user in _workers)
        {
            var http = await app.LoginAs(user);
            Assert.True(await InboxTotal(http, team: false) > 0, $"{user}'s inbox is empty");
        }

        // The subject access team's work (the SAR in progress) is a team task in the team's inbox.
        Assert.True(await InboxTotal(await app.LoginAs("subjectaccess"), team: true) > 0, "the subject access team's inbox is empty");
        var teamLeader = await app.LoginAs("teamleader");
        Assert.True(await InboxTotal(teamLeader, team: false, query: "&status=PendingApproval") > 0, "nothing awaits the team leader's approval");
        Assert.True(await InboxTotal(await app.LoginAs("caseworker"), team: false, query: "&overdue=true") > 0, "nothing is overdue");
    }

    [Fact]
    public async Task OPS06_a_few_hundred_srs_across_the_catalogue_in_every_status_dated_before_today()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var srs = await db.ServiceRequests.AsNoTracking().Select(s => new { s.Process, s.Area, s.SubArea, s.Status, s.SubStatus, s.PartyKind, s.CreatedAt }).ToListAsync();
        var now = app.Clock.GetUtcNow();

        Assert.InRange(srs.Count, 250, 1000);
        Assert.All(Enum.GetValues<ServiceRequestStatus>(), status => Assert.Contains(srs, s => s.Status == status));
        Assert.Contains(srs, s => s.SubStatus == SubStatuses.Cancelled);
        Assert.Contains(srs, s => s.SubStatus == SubStatuses.Completed);
        Assert.All(Enum.GetValues<PartyKind>(), party => Assert.Contains(srs, s => s.PartyKind == party));
        Assert.True(srs.Select(s => (s.Process, s.Area, s.SubArea)).Distinct().Count() >= 20, "the SRs cover little of the catalogue");
        Assert.All(srs, s => Assert.InRange(s.CreatedAt, now.AddDays(-90), now));
        Assert.Contains(srs, s => s.CreatedAt < now.AddDays(-30));
    }

    [Fact]
    public async Task OPS06_complaints_at_every_step_with_breaches_letters_account_managers_calls_sar_and_compliments()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var complaints = await (from c in db.EmployerComplaints.AsNoTracking()
                                join s in db.ServiceRequests.AsNoTracking() on c.Reference equals s.Reference
                                select new { c.Stage, s.Status, s.SubStatus, c.AcknowledgementBreached, c.CloseBreached }).ToListAsync();

        Assert.Contains(complaints, c => c.Stage == ComplaintStage.Review);
        Assert.Contains(complaints, c => c.Stage == ComplaintStage.Resolution && c.Status == ServiceRequestStatus.Open);
        Assert.Contains(complaints, c => c.Status == ServiceRequestStatus.InProgress);
        Assert.Contains(complaints, c => c.Status == ServiceRequestStatus.Wait);
        Assert.Contains(complaints, c => c.Status == ServiceRequestStatus.PendingApproval);
        Assert.Contains(complaints, c => c.SubStatus == SubStatuses.Cancelled);
        Assert.Contains(complaints, c => c.SubStatus == SubStatuses.Completed);
        Assert.Contains(complaints, c => c.AcknowledgementBreached);
        Assert.Contains(complaints, c => c.CloseBreached);

        var letters = await db.Letters.AsNoTracking().Select(l => new { l.Code, l.Status }).ToListAsync();
        Assert.Contains(letters, l => l.Status == LetterStatus.Queued);
        Assert.Contains(letters, l => l.Status == LetterStatus.Sent);
        Assert.Contains(letters, l => l.Status == LetterStatus.Cancelled);
        Assert.Contains(letters, l => l.Code == "CMSL8502");
        Assert.True(File.Exists(Path.Combine(app.OutboxFolder, "manifest.tsv")), "the batch delivered nothing");

        Assert.True(await db.Employers.CountAsync(e => e.AccountManagerStaffNumber != null) >= 10);
        Assert.True(await db.Calls.CountAsync() >= 3);
        Assert.True(await db.SubjectAccessRequests.AnyAsync());
        Assert.True(await db.Compliments.CountAsync() >= 5);
    }

    [Fact]
    public async Task OPS06_the_work_was_done_by_the_handlers_so_each_sr_has_its_audit_trail()
    {
        var caseworker = await app.LoginAs("caseworker");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var closed = await db.ServiceRequests.AsNoTracking()
            .Where(s => s.SubStatus == SubStatuses.Completed && s.Area != "Complaints")
            .Select(s => s.Reference).FirstAsync();

        var trail = await caseworker.Audit(closed);

        Assert.True(trail.Count >= 3, $"{closed} has {trail.Count} audit entries");
        Assert.All(trail, a => Assert.DoesNotContain("SYSTEM", a.By, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OPS06_a_restart_on_the_same_database_leaves_the_demo_work_as_it_was()
    {
        int Count(CaseworkDbContext db) => db.ServiceRequests.Count() + db.Letters.Count() + db.AuditEntries.Count();
        int before;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            before = Count(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>());
        }

        await DatabaseStartup.PrepareAsync(app.Services, app.Services.GetRequiredService<IConfiguration>(), migrate: true);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(before, Count(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>()));
        }
    }

    private static async Task<int> InboxTotal(HttpClient http, bool team, string query = "")
    {
        using var response = await http.GetAsync($"/api/inbox?team={(team ? "true" : "false")}&pageSize=1{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();
    }
}

public sealed class DemoWorkTests_Sqlite(DemoWorkSqliteFactory app) : DemoWorkTests(app), IClassFixture<DemoWorkSqliteFactory>;

public sealed class DemoWorkTests_Postgres(DemoWorkPostgresFactory app) : DemoWorkTests(app), IClassFixture<DemoWorkPostgresFactory>;
