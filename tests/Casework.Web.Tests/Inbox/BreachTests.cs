using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Inbox;

/// <summary>
/// The inbox as time passes (SR-06, RPT-04 breaches): working days left, age and the breach flag
/// follow the app's clock. Its own app per lane, as the clock only moves forward.
/// </summary>
public abstract class BreachTests(CaseworkFactory app)
{
    [Fact]
    public async Task SR06_an_SR_past_its_target_date_shows_as_breached_in_the_inbox()
    {
        // Mon 2 Mar 2026 09:00, a two-working-day type: due Wed 4 Mar.
        var raisedAt = app.Clock.GetUtcNow();
        var before = await app.LoginAs("caseworker");
        var sr = await before.RaiseSr(process: "Payments", area: "One Off Payment", subArea: "Employer Credit/Debit Card");
        Assert.Equal(new DateOnly(2026, 3, 4), sr.TargetDate);
        Assert.Equal((0, 2, false), Item(await before.Inbox(), sr.Reference));

        app.TravelTo(raisedAt.AddDays(2));
        var onTheDay = await app.LoginAs("caseworker");
        Assert.Equal((2, 0, false), Item(await onTheDay.Inbox(), sr.Reference));

        app.TravelTo(raisedAt.AddDays(7));
        var http = await app.LoginAs("caseworker");
        var item = Assert.Single(await http.Inbox(), i => i.Reference == sr.Reference);

        // Thu 5, Fri 6 and Mon 9 March are the three working days overdue.
        Assert.Equal((7, -3, true), (item.AgeDays, item.WorkingDaysLeft, item.Breached));
        Assert.Equal(sr.TargetDate, item.TargetDate);
        Assert.Contains(await http.Inbox(team: true), i => i.Reference == sr.Reference && i.Breached);
    }

    [Fact]
    public async Task A_bearer_token_stops_working_after_eight_hours()
    {
        var http = await app.LoginAs("teamleader", fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/inbox")).StatusCode);

        app.TravelTo(app.Clock.GetUtcNow().AddHours(8).AddMinutes(1));

        (await http.GetAsync("/api/inbox")).AssertUnauthorized();
    }

    private static (int AgeDays, int WorkingDaysLeft, bool Breached) Item(IEnumerable<InboxItemView> inbox, string reference)
    {
        var item = Assert.Single(inbox, i => i.Reference == reference);
        return (item.AgeDays, item.WorkingDaysLeft, item.Breached);
    }
}

public sealed class BreachTests_Sqlite(SqliteFactory app) : BreachTests(app), IClassFixture<SqliteFactory>;

public sealed class BreachTests_Postgres(PostgresFactory app) : BreachTests(app), IClassFixture<PostgresFactory>;
