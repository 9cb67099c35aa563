using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ComplaintOutcomes;

/// <summary>OUT-04: a Level 2 complaint's written response (PUT …/written-response), and every refusal changing nothing.</summary>
public abstract class WrittenResponseTests(CaseworkFactory app)
{
    [Fact]
    public async Task OUT04_a_level_2_complaint_records_that_a_written_response_is_required_then_when_it_was_sent()
    {
        var reviewer = await app.LoginAs("complaintsreview");
        // SEC-10: a caseworker raises the SR; the escalated complaints team records the outcome.
        var reference = await (await app.LoginAs("caseworker")).RaiseComplaint(level: 2);

        var required = await reviewer.SetWrittenResponse(reference, required: true);
        var sent = await reviewer.SetWrittenResponse(reference, true, "2026-03-02", "Apologised for the late refund and explained the new checks.");

        Assert.Equal(new WrittenResponseView(true, null, null), required.WrittenResponse);
        Assert.Equal(new WrittenResponseView(true, new DateOnly(2026, 3, 2), "Apologised for the late refund and explained the new checks."), sent.WrittenResponse);
        ApiClient.AssertSameJson(sent, await reviewer.GetComplaint(reference));
        Assert.Contains(await reviewer.Audit(reference), a => a.Action == "Complaint written response recorded"
            && a.Before == "Required; not yet sent" && a.By == "Rhiannon Price (100020)");
    }

    [Fact]
    public async Task OUT04_a_complaint_reads_with_no_written_response_until_one_is_recorded()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 2);

        Assert.Null((await caseworker.GetComplaint(reference)).WrittenResponse);
        Assert.Equal(new WrittenResponseView(false, null, null), (await caseworker.SetWrittenResponse(reference, required: false)).WrittenResponse);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OUT04_a_written_response_at_level_1_is_422_and_nothing_changes(bool required)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 1);
        await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        var problem = await (await caseworker.TrySetWrittenResponse(reference, new { required })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Level 2 complaints only", problem.Detail, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }

    public static TheoryData<object, string> BadResponses => new()
    {
        { new { }, "required" },
        { new { required = (bool?)null }, "required" },
        { new { required = false, sentOn = "2026-03-02", summary = "Sent" }, "sentOn" },
        { new { required = true, sentOn = "2026-03-02" }, "summary" },
        { new { required = true, summary = "Sent" }, "sentOn" },
        { new { required = true, sentOn = "2026-03-03", summary = "Sent tomorrow" }, "sentOn" },
        { new { required = true, sentOn = "2026-03-02", summary = new string('x', 2001) }, "summary" },
        { new { required = "yes" }, "body" },
    };

    [Theory]
    [MemberData(nameof(BadResponses))]
    public async Task OUT04_a_missing_or_inconsistent_written_response_is_400_and_nothing_changes(object body, string field)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 2);
        await caseworker.SetWrittenResponse(reference, required: true);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TrySetWrittenResponse(reference, body)).AssertProblem(HttpStatusCode.BadRequest, field);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT04_without_a_login_is_401_and_with_a_role_that_does_not_handle_complaints_403_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 2);
        var before = await caseworker.ComplaintSnapshot(reference);

        (await app.Anonymous().TrySetWrittenResponse(reference, new { required = true })).AssertUnauthorized();
        await (await (await app.LoginAs("subjectaccess")).TrySetWrittenResponse(reference, new { required = true })).AssertProblem(HttpStatusCode.Forbidden);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT04_an_unknown_reference_is_404_and_an_sr_that_is_not_a_complaint_422()
    {
        var caseworker = await app.LoginAs("caseworker");
        var notComplaint = (await caseworker.RaiseSr()).Reference;
        var before = await caseworker.Snapshot(notComplaint);

        await (await caseworker.TrySetWrittenResponse("NOPE-1", new { required = true })).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TrySetWrittenResponse(notComplaint, new { required = true })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        await caseworker.AssertUnchanged(before);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OUT04_a_write_based_on_a_stale_version_is_409_and_nothing_changes(bool viaIfMatch)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 2);
        var stale = (await caseworker.SetWrittenResponse(reference, required: true)).Version;
        await (await app.LoginAs("teamleader")).SetWrittenResponse(reference, true, "2026-03-02", "Sent by the team leader.");
        var before = await caseworker.ComplaintSnapshot(reference);

        var response = viaIfMatch
            ? await caseworker.TrySetWrittenResponse(reference, new { required = false }, $"\"{stale}\"")
            : await caseworker.TrySetWrittenResponse(reference, new { required = false, version = stale });

        var problem = await response.AssertProblem(HttpStatusCode.Conflict);
        Assert.Contains("changed by someone else", problem.Detail, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }
}

public sealed class WrittenResponseTests_Sqlite(SqliteFactory app) : WrittenResponseTests(app), IClassFixture<SqliteFactory>;

public sealed class WrittenResponseTests_Postgres(PostgresFactory app) : WrittenResponseTests(app), IClassFixture<PostgresFactory>;
