using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

public sealed record AtRiskView(
    string Reference, string EmployerErn, string? EmployerName, SrStatus Status, string SubStatus, OwnerView Owner,
    DateOnly CloseBy, int DaysLeft, bool AcknowledgementBreached, bool CloseBreached, string Why);

/// <summary>
/// EC-06, EC-08: three complaints received on Wed 23 December 2026 — one left unacknowledged, one approved by the team
/// leader (19 working days), one worked normally (20) — watched as the clock passes each deadline. One journey per class.
/// </summary>
public abstract class ChristmasBreachTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC06_EC08_breaches_are_flagged_by_the_job_and_shown_at_risk_and_in_the_inbox()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var received = new DateOnly(2026, 12, 23);
        var unacknowledged = await caseworker.Opened(issue: "Nobody replied", receivedOn: received);
        var approved = await caseworker.Accepted(received);
        var redress = await caseworker.AddLine(approved.Reference, "FinancialRedress", "Bank charges", ComplaintStates.Redress);
        await caseworker.TrySubmit(approved.Reference).Ok();
        var decided = await teamLeader.TryDecide(approved.Reference, approve: true, "Evidence seen").Ok();
        var normal = await caseworker.Accepted(received);
        await caseworker.AddLine(normal.Reference);

        // 19 working days of receipt: Fri 22 January 2027.
        Assert.Equal(new DateOnly(2027, 1, 22), decided.Deadlines.CloseBy);
        Assert.Equal(new DateOnly(2027, 1, 25), normal.Deadlines.CloseBy);
        Assert.DoesNotContain(await AtRisk(teamLeader, 3), r => Mine(r.Reference));

        await TravelTo(2026, 12, 29);
        Assert.Equal(new DeadlineRunView(true, 0, 0), await teamLeader.RunDeadlines());
        Assert.False((await caseworker.GetEc(unacknowledged.Reference)).Deadlines.AcknowledgementBreached);

        await TravelTo(2026, 12, 30);
        Assert.Equal(new DeadlineRunView(true, 0, 1), await teamLeader.RunDeadlines());
        var late = await caseworker.GetEc(unacknowledged.Reference);
        Assert.Equal((true, false), (late.Deadlines.AcknowledgementBreached, late.Deadlines.CloseBreached));
        Assert.Contains(await caseworker.Audit(unacknowledged.Reference), a => a.Action == "Deadline breached" && a.After == "Not acknowledged by 2026-12-29");
        var lateItem = Assert.Single(await AtRisk(teamLeader, 0), r => Mine(r.Reference));
        Assert.Equal((unacknowledged.Reference, true, "Not acknowledged in time"), (lateItem.Reference, lateItem.AcknowledgementBreached, lateItem.Why));
        var acknowledgedLate = await caseworker.TryValid(unacknowledged.Reference).Ok();
        Assert.Equal((new DateOnly(2026, 12, 30), true), (acknowledgedLate.Deadlines.AcknowledgedOn, acknowledgedLate.Deadlines.AcknowledgementBreached));
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(unacknowledged.Reference));

        await TravelTo(2027, 1, 20);
        var soon = (await AtRisk(teamLeader, 3)).Where(r => Mine(r.Reference)).ToList();
        // The list is nearest first.
        Assert.Equal((approved.Reference, 2), (soon[0].Reference, soon[0].DaysLeft));
        Assert.Equal(
            new[] { (normal.Reference, 3), (unacknowledged.Reference, 3) }.Order(),
            soon.Skip(1).Select(r => (r.Reference, r.DaysLeft)).Order());
        Assert.Equal(new[] { approved.Reference, unacknowledged.Reference }.Order(StringComparer.Ordinal), (await AtRisk(teamLeader, 2)).Where(r => Mine(r.Reference)).Select(r => r.Reference).Order(StringComparer.Ordinal));
        Assert.Equal("2 working days left", soon[0].Why);

        await TravelTo(2027, 1, 25);
        Assert.Equal(new DeadlineRunView(true, 0, 1), await teamLeader.RunDeadlines());
        var overdue = Assert.Single(await AtRisk(teamLeader, 0), r => r.Reference == approved.Reference);
        Assert.Equal((-1, true, "Past the close-by date"), (overdue.DaysLeft, overdue.CloseBreached, overdue.Why));
        var inbox = await caseworker.Inbox();
        var breachedItem = Assert.Single(inbox, i => i.Reference == approved.Reference);
        var dueItem = Assert.Single(inbox, i => i.Reference == normal.Reference);
        Assert.Equal((new DateOnly(2027, 1, 22), -1, true), (breachedItem.TargetDate, breachedItem.WorkingDaysLeft, breachedItem.Breached));
        Assert.Equal((new DateOnly(2027, 1, 25), 0, false), (dueItem.TargetDate, dueItem.WorkingDaysLeft, dueItem.Breached));
        Assert.Equal((0, false), ((await caseworker.GetEc(normal.Reference)).Deadlines.DaysLeft, (await caseworker.GetEc(normal.Reference)).Deadlines.CloseBreached));

        await TravelTo(2027, 1, 26);
        Assert.Equal(new DeadlineRunView(true, 0, 2), await teamLeader.RunDeadlines());
        Assert.Equal(new DeadlineRunView(true, 0, 0), await teamLeader.RunDeadlines());
        Assert.True((await caseworker.GetEc(normal.Reference)).Deadlines.CloseBreached);
        Assert.True(Assert.Single(await caseworker.Inbox(team: true), i => i.Reference == normal.Reference).Breached);

        // Closed late, it stays breached and leaves the at-risk list.
        await caseworker.TryLineDone(approved.Reference, redress.Id).Ok();
        var closed = await caseworker.TryClose(approved.Reference, "PhoneOutcome", "We paid your bank charges.").Ok();
        Assert.Equal((SrStatus.Closed, true), (closed.Status, closed.Deadlines.CloseBreached));
        Assert.DoesNotContain(await AtRisk(teamLeader, 30), r => r.Reference == approved.Reference);
        Assert.DoesNotContain(await caseworker.Inbox(), i => i.Reference == approved.Reference);

        bool Mine(string reference) => reference == unacknowledged.Reference || reference == approved.Reference || reference == normal.Reference;

        async Task TravelTo(int year, int month, int day)
        {
            app.TravelTo(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));
            caseworker = await app.LoginAs("caseworker");
            teamLeader = await app.LoginAs("teamleader");
        }
    }

    private static Task<List<AtRiskView>> AtRisk(HttpClient http, int withinDays) =>
        http.Get<List<AtRiskView>>($"/api/employer-complaints/at-risk?withinDays={withinDays}");
}

public sealed class ChristmasBreachTests_Sqlite(ChristmasSqliteFactory app) : ChristmasBreachTests(app), IClassFixture<ChristmasSqliteFactory>;

public sealed class ChristmasBreachTests_Postgres(ChristmasPostgresFactory app) : ChristmasBreachTests(app), IClassFixture<ChristmasPostgresFactory>;
