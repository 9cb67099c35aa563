using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ComplaintOutcomes;

/// <summary>OUT-02/03: finalising each line, the derived outcome, and every refusal changing nothing.</summary>
public abstract class ComplaintOutcomeTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("Upheld")]
    [InlineData("NotUpheld")]
    [InlineData("Withdrawn")]
    [InlineData("Escalated")]
    public async Task OUT02_each_outcome_finalises_a_level_1_line(string outcome)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 1);
        var id = await caseworker.AddIssue(reference);

        var complaint = await caseworker.SetOutcome(reference, id, outcome);

        Assert.Equal((outcome, "Carys Evans (100001)"), (complaint.Issues[0].Outcome, complaint.Issues[0].FinalisedBy));
        Assert.Equal(outcome, complaint.Outcome);
        ApiClient.AssertSameJson(complaint, await caseworker.GetComplaint(reference));
    }

    [Fact]
    public async Task OUT03_upheld_and_not_upheld_lines_derive_partially_upheld_once_all_are_final()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var first = await caseworker.AddIssue(reference, "Payments", "Refund was late");
        var second = await caseworker.AddIssue(reference, "Staff", "Call not returned");

        var half = await caseworker.SetOutcome(reference, first, "Upheld");
        var all = await caseworker.SetOutcome(reference, second, "NotUpheld");

        Assert.Null(half.Outcome);
        Assert.Equal("PartiallyUpheld", all.Outcome);
        Assert.Contains(await caseworker.Audit(reference), a => a.Action == "Complaint outcome derived" && a.After == "PartiallyUpheld");
    }

    [Theory]
    [InlineData("Upheld,Withdrawn", "Upheld")]
    [InlineData("NotUpheld,NotUpheld", "NotUpheld")]
    [InlineData("Withdrawn,Withdrawn", "Withdrawn")]
    [InlineData("Upheld,NotUpheld,Escalated", "Escalated")]
    public async Task OUT03_the_derived_outcome_follows_the_rule(string lines, string expected)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();

        Assert.Equal(expected, (await caseworker.Finalised(reference, lines.Split(','))).Outcome);
    }

    [Fact]
    public async Task OUT02_the_escalated_complaints_team_finalises_level_2_lines()
    {
        var reviewer = await app.LoginAs("complaintsreview");
        var reference = await (await app.LoginAs("caseworker")).RaiseComplaint(level: 2);

        var complaint = await reviewer.Finalised(reference, "NotUpheld", "Upheld");

        Assert.Equal((2, "PartiallyUpheld"), (complaint.Level, complaint.Outcome));
    }

    [Fact]
    public async Task OUT02_escalated_at_level_2_is_422_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 2);
        var id = await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        var problem = await (await caseworker.TrySetOutcome(reference, id, new { outcome = "Escalated" })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Level 1 only", problem.Detail, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT02_setting_an_outcome_without_a_login_is_401_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var id = await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        (await app.Anonymous().TrySetOutcome(reference, id, new { outcome = "Upheld" })).AssertUnauthorized();

        await caseworker.AssertUnchanged(before);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Maybe")]
    [InlineData("PartiallyUpheld")]
    [InlineData("1")]
    public async Task OUT02_a_missing_or_unknown_outcome_is_400_and_nothing_changes(string? outcome)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var id = await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TrySetOutcome(reference, id, new { outcome })).AssertProblem(HttpStatusCode.BadRequest, "outcome");

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT02_an_unknown_issue_is_404_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var id = await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TrySetOutcome(reference, id + 1, new { outcome = "Upheld" })).AssertProblem(HttpStatusCode.NotFound);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT02_a_final_line_can_be_corrected_while_another_line_is_open()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var first = await caseworker.AddIssue(reference);
        await caseworker.AddIssue(reference);
        await caseworker.SetOutcome(reference, first, "Upheld");

        var corrected = await caseworker.SetOutcome(reference, first, "NotUpheld");

        Assert.Equal("NotUpheld", corrected.Issues[0].Outcome);
        Assert.Contains(await caseworker.Audit(reference), a => a.Before == "1: Upheld" && a.After == "1: NotUpheld");
    }

    [Fact]
    public async Task OUT03_after_the_outcome_is_derived_changing_a_line_is_409_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var complaint = await caseworker.Finalised(reference, "Upheld", "NotUpheld");
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TrySetOutcome(reference, complaint.Issues[0].Id, new { outcome = "NotUpheld" })).AssertProblem(HttpStatusCode.Conflict);

        await caseworker.AssertUnchanged(before);
    }
}

public sealed class ComplaintOutcomeTests_Sqlite(SqliteFactory app) : ComplaintOutcomeTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintOutcomeTests_Postgres(PostgresFactory app) : ComplaintOutcomeTests(app), IClassFixture<PostgresFactory>;
