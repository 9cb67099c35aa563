using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// EC-06…EC-08 across the English Christmas bank holidays: a complaint received on Wed 23 December 2026 whose plan
/// letter goes out the same day. Its own app per lane, as the clock only moves forward; one journey per class.
/// </summary>
public abstract class ChristmasWaitTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC06_EC07_EC08_deadlines_skip_Christmas_and_the_wait_ends_on_the_seventh_working_day()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.Opened(receivedOn: new DateOnly(2026, 12, 23));

        // Thu 24 Dec, then Tue 29 Dec (25 Dec and Boxing Day's substitute, Mon 28, are holidays): acknowledge by the 29th.
        Assert.Equal(new DateOnly(2026, 12, 29), logged.Deadlines.AcknowledgeBy);
        Assert.Equal("2 working days of receipt (2026-12-23), England and Wales bank holidays", logged.Deadlines.AcknowledgeRule);
        // 24, 29, 30, 31 Dec, then 4…8, 11…15, 18…22, 25 Jan (1 Jan is a holiday): the 20th working day is Mon 25 January.
        Assert.Equal(new DateOnly(2027, 1, 25), logged.Deadlines.CloseBy);
        Assert.Equal(20, logged.Deadlines.DaysLeft);

        await caseworker.TryValid(logged.Reference).Ok();
        var line = await caseworker.AddLine(logged.Reference);
        var waiting = await caseworker.TryIssue(logged.Reference, reachedByPhone: false).Ok();
        // 24, 29, 30, 31 Dec, 4, 5, 6 Jan.
        Assert.Equal((SrStatus.Wait, new DateOnly(2027, 1, 6)), (waiting.Status, waiting.Deadlines.WaitUntil));
        Assert.Equal(["CMSL8500", "CMSL8501"], await caseworker.LetterCodes(logged.Reference));

        app.TravelTo(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var run = await (await app.LoginAs("teamleader")).RunDeadlines();
        caseworker = await app.LoginAs("caseworker");
        Assert.Equal((true, 0), (run.Ran, run.WaitsEnded));
        Assert.Equal(SrStatus.Wait, (await caseworker.GetEc(logged.Reference)).Status);

        app.TravelTo(new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero));
        var teamLeader = await app.LoginAs("teamleader");
        caseworker = await app.LoginAs("caseworker");
        Assert.Equal(1, (await teamLeader.RunDeadlines()).WaitsEnded);

        var back = await caseworker.GetEc(logged.Reference);
        Assert.Equal((SrStatus.InProgress, "InProgress", (DateOnly?)null, "100001"), (back.Status, back.SubStatus, back.Deadlines.WaitUntil, back.Owner.StaffNumber));
        var sr = await caseworker.GetSr(logged.Reference);
        Assert.Contains(sr.Notes, n => n.Text.Contains("2027-01-06", StringComparison.Ordinal));
        Assert.True(sr.Activities[1].Done);
        Assert.Contains(await caseworker.Audit(logged.Reference), a => a.Action == "Wait ended");
        Assert.Contains(await caseworker.Inbox(), i => i.Reference == logged.Reference && i.Status == SrStatus.InProgress);
        Assert.Equal(0, (await teamLeader.RunDeadlines()).WaitsEnded);

        // Nothing heard: the plan is progressed as issued and closed on time.
        await caseworker.TryLineDone(logged.Reference, line.Id).Ok();
        var closed = await caseworker.TryClose(logged.Reference, "UnableToContact", "We corrected your deduction schedule.").Ok();
        Assert.Equal((SrStatus.Closed, false), (closed.Status, closed.Deadlines.CloseBreached));
        Assert.Equal(["CMSL8500", "CMSL8501", "CMSL8502"], await caseworker.LetterCodes(logged.Reference));
    }

    [Fact]
    public async Task EC08_a_scottish_employer_also_keeps_the_second_of_January()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer(Region.Scotland);

        var logged = await caseworker.LogComplaint(ern, receivedOn: new DateOnly(2026, 12, 23));

        // Scotland: 25, 28 Dec, 1 Jan and 2 January's substitute (Mon 4 Jan) are holidays.
        Assert.Equal(new DateOnly(2026, 12, 29), logged.Deadlines.AcknowledgeBy);
        Assert.Equal(new DateOnly(2027, 1, 26), logged.Deadlines.CloseBy);
        Assert.Contains("Scotland bank holidays", logged.Deadlines.CloseRule, StringComparison.Ordinal);
    }
}

public sealed class ChristmasWaitTests_Sqlite(ChristmasSqliteFactory app) : ChristmasWaitTests(app), IClassFixture<ChristmasSqliteFactory>;

public sealed class ChristmasWaitTests_Postgres(ChristmasPostgresFactory app) : ChristmasWaitTests(app), IClassFixture<ChristmasPostgresFactory>;
