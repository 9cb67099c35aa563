using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>EC-07, EC-08: the deadline job's lease makes simultaneous runs do the work once. One journey per class.</summary>
public abstract class DeadlineJobLeaseTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC07_runs_started_together_end_a_wait_once()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine();
        var waiting = await caseworker.TryIssue(complaint.Reference, reachedByPhone: false).Ok();

        app.TravelTo(new DateTimeOffset(waiting.Deadlines.WaitUntil!.Value.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var teamLeader = await app.LoginAs("teamleader");
        caseworker = await app.LoginAs("caseworker");
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(teamLeader.RunDeadlines)));

        Assert.Equal(1, runs.Sum(r => r.WaitsEnded));
        Assert.Contains(runs, r => r.Ran);
        Assert.Single(await caseworker.Audit(complaint.Reference), a => a.Action == "Wait ended");
        Assert.Equal(SrStatus.InProgress, (await caseworker.GetEc(complaint.Reference)).Status);
        // The lease is free again once the runs are over.
        Assert.True((await teamLeader.RunDeadlines()).Ran);
    }
}

/// <summary>
/// EC-07: with nobody pressing the button, the hosted job ends a wait once the app's clock passes the date. The plain
/// test app schedules the job; travelling the fake clock makes its timer tick.
/// </summary>
public abstract class ScheduledDeadlineJobTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC07_the_scheduled_job_brings_an_expired_wait_back_to_the_caseworker()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine();
        var waiting = await caseworker.TryIssue(complaint.Reference, reachedByPhone: false).Ok();
        Assert.Equal(new DateOnly(2026, 3, 11), waiting.Deadlines.WaitUntil);

        app.TravelTo(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero));
        caseworker = await app.LoginAs("caseworker");

        var status = SrStatus.Wait;
        for (var tries = 0; tries < 300 && status == SrStatus.Wait; tries++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            status = (await caseworker.GetEc(complaint.Reference)).Status;
        }

        Assert.Equal(SrStatus.InProgress, status);
        Assert.Contains(await caseworker.Audit(complaint.Reference), a => a.Action == "Wait ended" && a.By.Contains("SYSTEM", StringComparison.Ordinal));
    }
}

public sealed class DeadlineJobLeaseTests_Sqlite(ChristmasSqliteFactory app) : DeadlineJobLeaseTests(app), IClassFixture<ChristmasSqliteFactory>;

public sealed class DeadlineJobLeaseTests_Postgres(ChristmasPostgresFactory app) : DeadlineJobLeaseTests(app), IClassFixture<ChristmasPostgresFactory>;

public sealed class ScheduledDeadlineJobTests_Sqlite(SqliteFactory app) : ScheduledDeadlineJobTests(app), IClassFixture<SqliteFactory>;

public sealed class ScheduledDeadlineJobTests_Postgres(PostgresFactory app) : ScheduledDeadlineJobTests(app), IClassFixture<PostgresFactory>;
