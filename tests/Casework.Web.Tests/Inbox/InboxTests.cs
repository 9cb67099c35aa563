using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Inbox;

/// <summary>GET /api/inbox: personal and team inboxes (SR-06) with target dates and age (RPT-04).</summary>
public abstract class InboxTests(CaseworkFactory app)
{
    [Fact]
    public async Task SR06_my_inbox_shows_my_SR_with_its_target_date_and_age()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var item = Assert.Single(await http.Inbox(), i => i.Reference == sr.Reference);

        Assert.Equal((SrStatus.Open, "Open"), (item.Status, item.SubStatus));
        Assert.Equal(sr.Owner, item.Owner);
        Assert.Equal(sr.TargetDate, item.TargetDate);
        Assert.Equal(new DateOnly(2026, 3, 9), item.TargetDate);
        Assert.Equal((0, 5, false), (item.AgeDays, item.WorkingDaysLeft, item.Breached));
    }

    [Fact]
    public async Task SR06_the_team_inbox_shows_a_colleagues_SR_that_my_own_inbox_does_not()
    {
        var sr = await (await app.LoginAs("caseworker")).RaiseSr();
        var colleague = await app.LoginAs("caseworker2");

        Assert.DoesNotContain(await colleague.Inbox(), i => i.Reference == sr.Reference);
        var item = Assert.Single(await colleague.Inbox(team: true), i => i.Reference == sr.Reference);
        Assert.Equal("100001", item.Owner.StaffNumber);
        Assert.DoesNotContain(await (await app.LoginAs("complaintsreview")).Inbox(team: true), i => i.Reference == sr.Reference);
    }

    [Fact]
    public async Task SR06_the_inbox_puts_the_nearest_target_first()
    {
        var http = await app.LoginAs("accountmanager");
        var tenDays = await http.RaiseSr(area: "Info Requested", subArea: "Update Procedures");
        var twoDays = await http.RaiseSr(process: "Payments", area: "One Off Payment", subArea: "Employer Credit/Debit Card");

        var inbox = (await http.Inbox()).Select(i => i.Reference).ToList();

        Assert.True(inbox.IndexOf(twoDays.Reference) < inbox.IndexOf(tenDays.Reference), string.Join(", ", inbox));
        Assert.Equal((new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 16)), (twoDays.TargetDate, tenDays.TargetDate));
    }
}

public sealed class InboxTests_Sqlite(SqliteFactory app) : InboxTests(app), IClassFixture<SqliteFactory>;

public sealed class InboxTests_Postgres(PostgresFactory app) : InboxTests(app), IClassFixture<PostgresFactory>;
