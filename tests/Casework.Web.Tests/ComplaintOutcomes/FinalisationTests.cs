using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ComplaintOutcomes;

/// <summary>OUT-05: the finalisation summary and the feedback prepared when upheld (PUT …/finalisation), and every refusal.</summary>
public abstract class FinalisationTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("Upheld")]
    [InlineData("Upheld,NotUpheld")]
    public async Task OUT05_an_upheld_or_partially_upheld_complaint_is_finalised_with_its_feedback(string lines)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, lines.Split(','));

        var complaint = await caseworker.Finalise(reference, "The refund was late; we apologised.", "Remind the team to process refunds within two days.");

        Assert.Equal(new FinalisationView("The refund was late; we apologised.", "Remind the team to process refunds within two days.", "Carys Evans (100001)"),
            complaint.Finalisation);
        ApiClient.AssertSameJson(complaint, await caseworker.GetComplaint(reference));
        Assert.Contains(await caseworker.Audit(reference), a => a.Action == "Complaint finalised"
            && a.After == "The refund was late; we apologised. | Feedback: Remind the team to process refunds within two days.");
    }

    [Fact]
    public async Task OUT05_a_not_upheld_complaint_is_finalised_without_feedback_and_can_be_corrected()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 2);
        await caseworker.Finalised(reference, "NotUpheld");
        await caseworker.Finalise(reference, "First summary.");

        var corrected = await (await app.LoginAs("teamleader")).Finalise(reference, "Corrected summary.");

        Assert.Equal(new FinalisationView("Corrected summary.", null, "Tom Leadbetter (100010)"), corrected.Finalisation);
    }

    [Fact]
    public async Task OUT05_an_upheld_complaint_without_feedback_is_422_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, "Upheld");
        var before = await caseworker.ComplaintSnapshot(reference);

        var problem = await (await caseworker.TryFinalise(reference, new { summary = "Late refund.", feedback = " " })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("feedback", problem.Detail, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }

    [Theory]
    [InlineData("NotUpheld")]
    [InlineData("Withdrawn")]
    [InlineData("Escalated")]
    public async Task OUT05_feedback_on_a_complaint_that_is_not_upheld_is_422_and_nothing_changes(string outcome)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, outcome);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryFinalise(reference, new { summary = "Summary.", feedback = "Some feedback." })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_finalising_before_every_issue_is_final_is_409_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var first = await caseworker.AddIssue(reference);
        await caseworker.AddIssue(reference);
        await caseworker.SetOutcome(reference, first, "Upheld");
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryFinalise(reference, new { summary = "Too early.", feedback = "Feedback." })).AssertProblem(HttpStatusCode.Conflict);

        await caseworker.AssertUnchanged(before);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task OUT05_a_missing_summary_is_400_and_nothing_changes(string? summary)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, "NotUpheld");
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryFinalise(reference, new { summary })).AssertProblem(HttpStatusCode.BadRequest, "summary");
        await (await caseworker.TryFinalise(reference, new { summary = "Fine.", feedback = new string('f', 4001) })).AssertProblem(HttpStatusCode.BadRequest, "feedback");

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_finalising_without_a_login_is_401_with_the_wrong_role_403_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, "NotUpheld");
        var before = await caseworker.ComplaintSnapshot(reference);

        (await app.Anonymous().TryFinalise(reference, new { summary = "Summary." })).AssertUnauthorized();
        await (await (await app.LoginAs("subjectaccess")).TryFinalise(reference, new { summary = "Summary." })).AssertProblem(HttpStatusCode.Forbidden);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_an_unknown_reference_is_404_and_an_sr_that_is_not_a_complaint_422()
    {
        var caseworker = await app.LoginAs("caseworker");
        var notComplaint = (await caseworker.RaiseSr()).Reference;
        var before = await caseworker.Snapshot(notComplaint);

        await (await caseworker.TryFinalise("NOPE-1", new { summary = "Summary." })).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryFinalise(notComplaint, new { summary = "Summary." })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_finalising_on_a_stale_version_is_409_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var stale = (await caseworker.Finalised(reference, "NotUpheld")).Version;
        await caseworker.SetRemedy(reference, "Explanation");
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryFinalise(reference, new { summary = "Summary." }, $"\"{stale}\"")).AssertProblem(HttpStatusCode.Conflict);

        await caseworker.AssertUnchanged(before);
    }
}

public sealed class FinalisationTests_Sqlite(SqliteFactory app) : FinalisationTests(app), IClassFixture<SqliteFactory>;

public sealed class FinalisationTests_Postgres(PostgresFactory app) : FinalisationTests(app), IClassFixture<PostgresFactory>;
