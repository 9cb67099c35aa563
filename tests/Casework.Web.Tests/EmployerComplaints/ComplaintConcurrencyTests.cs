using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// The same command sent several times at once (a double click, two caseworkers): one wins, the others are 409 problems,
/// and the letter it queues is queued once — a stale write is never a silent overwrite.
/// </summary>
public abstract class ComplaintConcurrencyTests(CaseworkFactory app)
{
    private const int Racers = 4;

    [Fact]
    public async Task EC06_accepting_a_complaint_twice_at_once_queues_one_acknowledgement()
    {
        var caseworker = await app.LoginAs("caseworker");
        var colleague = await app.LoginAs("caseworker2");
        var logged = await caseworker.Opened();

        var responses = await Race(i => (i % 2 == 0 ? caseworker : colleague).TryValid(logged.Reference));

        await AssertOneWinner(responses);
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(logged.Reference));
        Assert.Single(await caseworker.Audit(logged.Reference), a => a.Action == "Complaint accepted as valid");
    }

    [Fact]
    public async Task EC02_the_same_issue_logged_several_times_at_once_is_one_resolution_and_the_rest_reviews()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();

        var responses = await Race(_ => caseworker.TryLog(new
        {
            employerErn = ern, raisedBy = "Employer", channel = "Phone", issue = "Deductions taken twice", description = "Logged by two people",
            receivedOn = "2026-03-02",
        }));

        var stages = new List<string>();
        foreach (var response in responses)
        {
            stages.Add((await response.Read<EmployerComplaintView>(HttpStatusCode.Created)).Stage);
        }

        Assert.Equal(["Resolution", "Review", "Review", "Review"], stages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EC11_two_approvals_at_once_queue_one_plan_letter()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (pending, _) = await caseworker.PendingApproval();

        var responses = await Race(_ => teamLeader.TryDecide(pending.Reference, approve: true, "Fine"));

        await AssertOneWinner(responses);
        Assert.Equal(["CMSL8500", "CMSL8501"], await caseworker.LetterCodes(pending.Reference));
        Assert.Equal("Approved", (await caseworker.GetEc(pending.Reference)).Plan.TlApproval);
    }

    [Fact]
    public async Task EC14_closing_twice_at_once_queues_one_closure_letter()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, line) = await caseworker.WithLine();
        await caseworker.TryIssue(complaint.Reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(complaint.Reference, agrees: true).Ok();
        await caseworker.TryLineDone(complaint.Reference, line.Id).Ok();

        var responses = await Race(_ => caseworker.TryClose(complaint.Reference));

        await AssertOneWinner(responses);
        Assert.Equal(["CMSL8500", "CMSL8502"], await caseworker.LetterCodes(complaint.Reference));
    }

    [Fact]
    public async Task EC07_lines_added_at_once_are_all_kept_or_refused_never_lost()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();

        var responses = await Race(i => caseworker.TryAddLine(accepted.Reference, new { resolutionType = "Apology", description = $"Apology {i}", financial = (object?)null }));

        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.True(created >= 1, "At least one line should be added.");
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.AssertProblem(HttpStatusCode.Conflict);
        }

        var lines = (await caseworker.GetEc(accepted.Reference)).Plan.Lines;
        Assert.Equal(created, lines.Count);
        Assert.Equal(Enumerable.Range(1, created), lines.Select(l => l.Id));
    }

    private static async Task<HttpResponseMessage[]> Race(Func<int, Task<HttpResponseMessage>> send) =>
        await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => Task.Run(() => send(i))));

    private static async Task AssertOneWinner(HttpResponseMessage[] responses)
    {
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.AssertProblem(HttpStatusCode.Conflict);
        }
    }
}

public sealed class ComplaintConcurrencyTests_Sqlite(SqliteFactory app) : ComplaintConcurrencyTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintConcurrencyTests_Postgres(PostgresFactory app) : ComplaintConcurrencyTests(app), IClassFixture<PostgresFactory>;
