using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// EC-07, EC-08 across Easter 2027 (Good Friday 26 March, Easter Monday 29 March) and the start of British Summer Time:
/// "today" is the UK date, so the wait ends at UK midnight, an hour before UTC midnight. One journey per class.
/// </summary>
public abstract class EasterDeadlineTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC07_EC08_the_wait_and_both_close_targets_skip_Easter_and_the_wait_ends_at_UK_midnight()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.Opened(receivedOn: new DateOnly(2027, 3, 25));

        // Tue 30, Wed 31 March.
        Assert.Equal(new DateOnly(2027, 3, 31), logged.Deadlines.AcknowledgeBy);
        // 30, 31 Mar, 1, 2, 5…9, 12…16, 19…23, 26 Apr.
        Assert.Equal(new DateOnly(2027, 4, 26), logged.Deadlines.CloseBy);

        await caseworker.TryValid(logged.Reference).Ok();
        var line = await caseworker.AddLine(logged.Reference, "FinancialRedress", "Accountant's fees", ComplaintStates.Redress);
        var waiting = await caseworker.TryIssue(logged.Reference, reachedByPhone: false).Ok();
        // 30, 31 Mar, 1, 2, 5, 6, 7 Apr.
        Assert.Equal(new DateOnly(2027, 4, 7), waiting.Deadlines.WaitUntil);

        // 23:30 BST on Tue 6 April is still the 6th in the UK.
        app.TravelTo(new DateTimeOffset(2027, 4, 6, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(0, (await (await app.LoginAs("teamleader")).RunDeadlines()).WaitsEnded);
        Assert.Equal(SrStatus.Wait, (await (await app.LoginAs("caseworker")).GetEc(logged.Reference)).Status);

        // 00:30 BST on Wed 7 April, though UTC is still on the 6th.
        app.TravelTo(new DateTimeOffset(2027, 4, 6, 23, 30, 0, TimeSpan.Zero));
        var teamLeader = await app.LoginAs("teamleader");
        caseworker = await app.LoginAs("caseworker");
        // Other tests' complaints in this app may be flagged by the same run; only this one waits.
        Assert.Equal(1, (await teamLeader.RunDeadlines()).WaitsEnded);
        Assert.Equal(SrStatus.InProgress, (await caseworker.GetEc(logged.Reference)).Status);

        // The redress still needs the team leader; the approval moves the target to 19 working days of receipt.
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, (await caseworker.TryLineDone(logged.Reference, line.Id)).StatusCode);
        await caseworker.TrySubmit(logged.Reference).Ok();
        var approved = await teamLeader.TryDecide(logged.Reference, approve: true, "Evidence seen").Ok();
        Assert.Equal(new DateOnly(2027, 4, 23), approved.Deadlines.CloseBy);
        Assert.StartsWith("19 working days of receipt", approved.Deadlines.CloseRule, StringComparison.Ordinal);
        Assert.Contains("(2027-03-25)", approved.Deadlines.CloseRule, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 4, 23), (await caseworker.GetSr(logged.Reference)).TargetDate);
    }

    [Fact]
    public async Task EC08_a_northern_irish_employer_also_keeps_Saint_Patricks_Day()
    {
        var caseworker = await app.LoginAs("caseworker");
        var received = new DateOnly(2027, 3, 16);

        var english = await caseworker.LogComplaint(await caseworker.NewEmployer(), receivedOn: received);
        var northernIrish = await caseworker.LogComplaint(await caseworker.NewEmployer(Region.NorthernIreland), receivedOn: received);

        // Both skip Good Friday and Easter Monday; only Northern Ireland skips Wed 17 March.
        Assert.Equal((new DateOnly(2027, 3, 18), new DateOnly(2027, 4, 15)), (english.Deadlines.AcknowledgeBy, english.Deadlines.CloseBy));
        Assert.Equal((new DateOnly(2027, 3, 19), new DateOnly(2027, 4, 16)), (northernIrish.Deadlines.AcknowledgeBy, northernIrish.Deadlines.CloseBy));
        Assert.Contains("Northern Ireland bank holidays", northernIrish.Deadlines.CloseRule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EC06_EC08_a_complaint_logged_late_is_shown_breached_before_the_job_runs()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");

        var logged = await caseworker.Opened(issue: "Old complaint found in the post", receivedOn: new DateOnly(2026, 12, 23));

        Assert.Equal((new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 25)), (logged.Deadlines.AcknowledgeBy, logged.Deadlines.CloseBy));
        Assert.Equal((true, true), (logged.Deadlines.AcknowledgementBreached, logged.Deadlines.CloseBreached));
        Assert.True(logged.Deadlines.DaysLeft < 0);
        var item = Assert.Single(await teamLeader.Get<List<AtRiskView>>("/api/employer-complaints/at-risk?withinDays=0"), r => r.Reference == logged.Reference);
        Assert.Equal((true, true, "Past the close-by date"), (item.AcknowledgementBreached, item.CloseBreached, item.Why));
        Assert.True(Assert.Single(await caseworker.Inbox(), i => i.Reference == logged.Reference).Breached);

        var accepted = await caseworker.TryValid(logged.Reference).Ok();
        Assert.True(accepted.Deadlines.AcknowledgementBreached);
    }
}

public sealed class EasterDeadlineTests_Sqlite(EasterSqliteFactory app) : EasterDeadlineTests(app), IClassFixture<EasterSqliteFactory>;

public sealed class EasterDeadlineTests_Postgres(EasterPostgresFactory app) : EasterDeadlineTests(app), IClassFixture<EasterPostgresFactory>;
