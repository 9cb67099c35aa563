using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ComplaintOutcomes;

/// <summary>OUT-01: recording a complaint's category/issue lines and reading the complaint, with every refusal.</summary>
public abstract class ComplaintIssueTests(CaseworkFactory app)
{
    [Fact]
    public async Task OUT01_an_issue_on_a_resolution_complaint_is_a_level_1_line_not_yet_final()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 1);

        var id = await caseworker.AddIssue(reference, "Payments", "Refund was late");
        var complaint = await caseworker.GetComplaint(reference);

        Assert.Equal(1, id);
        Assert.Equal((reference, 1, null, null), (complaint.Reference, complaint.Level, complaint.Outcome, complaint.Remedy));
        Assert.Equal([new ComplaintIssueView(1, "Payments", "Refund was late", null, null)], complaint.Issues);
    }

    [Fact]
    public async Task OUT01_a_review_complaint_is_level_2_and_reads_empty_before_any_issue()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint(level: 2);

        var complaint = await caseworker.GetComplaint(reference);

        Assert.Equal((2, 0, null, null), (complaint.Level, complaint.Issues.Count, complaint.Outcome, complaint.Remedy));
    }

    [Fact]
    public async Task OUT01_each_issue_gets_the_next_id_and_is_in_the_sr_audit_trail()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();

        Assert.Equal(1, await caseworker.AddIssue(reference, "Payments", "Refund was late"));
        Assert.Equal(2, await (await app.LoginAs("teamleader")).AddIssue(reference, "Staff", "Call not returned"));

        var audit = await caseworker.Audit(reference);
        Assert.Equal(2, audit.Count(a => a.Action == "Complaint issue added"));
        Assert.Contains(audit, a => a.After == "2: Staff – Call not returned" && a.By == "Tom Leadbetter (100010)");
    }

    [Fact]
    public async Task OUT01_adding_an_issue_without_a_login_is_401_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var before = await caseworker.ComplaintSnapshot(reference);

        (await app.Anonymous().TryAddIssue(reference, new { category = "Payments", issue = "Late" })).AssertUnauthorized();
        (await app.Anonymous().GetAsync(ComplaintOutcomeApi.Complaint(reference))).AssertUnauthorized();

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT01_a_missing_category_or_issue_is_400_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryAddIssue(reference, new { })).AssertProblem(HttpStatusCode.BadRequest, "category", "issue");
        await (await caseworker.TryAddIssue(reference, new { category = "  ", issue = "Late" })).AssertProblem(HttpStatusCode.BadRequest, "category");
        await (await caseworker.TryAddIssue(reference, new { category = "Payments", issue = new string('x', 2001) }))
            .AssertProblem(HttpStatusCode.BadRequest, "issue");

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT01_an_unknown_reference_is_404_on_every_route()
    {
        var caseworker = await app.LoginAs("caseworker");

        await (await caseworker.GetAsync(ComplaintOutcomeApi.Complaint("NOPE-1"))).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryAddIssue("NOPE-1", new { category = "Payments", issue = "Late" })).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TrySetOutcome("NOPE-1", 1, new { outcome = "Upheld" })).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TrySetRemedy("NOPE-1", new { remedy = "Apology" })).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OUT01_an_sr_that_is_not_a_complaint_is_422_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = (await caseworker.RaiseSr()).Reference;
        var before = await caseworker.Snapshot(reference);

        var problem = await (await caseworker.TryAddIssue(reference, new { category = "Payments", issue = "Late" }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await caseworker.GetAsync(ComplaintOutcomeApi.Complaint(reference))).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await caseworker.TrySetRemedy(reference, new { remedy = "Apology" })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("not a complaint", problem.Detail, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT01_a_role_that_does_not_handle_complaints_is_403_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        var id = await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);
        var subjectAccess = await app.LoginAs("subjectaccess");

        await (await subjectAccess.TryAddIssue(reference, new { category = "Payments", issue = "Late" })).AssertProblem(HttpStatusCode.Forbidden);
        await (await subjectAccess.TrySetOutcome(reference, id, new { outcome = "Upheld" })).AssertProblem(HttpStatusCode.Forbidden);
        await (await subjectAccess.TrySetRemedy(reference, new { remedy = "Apology" })).AssertProblem(HttpStatusCode.Forbidden);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT03_once_the_outcome_is_derived_adding_an_issue_is_409_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, "Upheld");
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryAddIssue(reference, new { category = "Payments", issue = "Another" })).AssertProblem(HttpStatusCode.Conflict);

        await caseworker.AssertUnchanged(before);
    }
}

public sealed class ComplaintIssueTests_Sqlite(SqliteFactory app) : ComplaintIssueTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintIssueTests_Postgres(PostgresFactory app) : ComplaintIssueTests(app), IClassFixture<PostgresFactory>;
