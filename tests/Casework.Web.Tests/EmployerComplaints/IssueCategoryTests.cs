using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

public sealed record IssueCategoryView(string Code, string Name);

public sealed record CategorisedComplaintView(string Reference, string Stage, string? IssueCategory, string? StageOverrideReason);

/// <summary>EC-16 through the API: issue categories as data, the six-month rule on categories, the audited stage override.</summary>
public abstract class IssueCategoryTests(CaseworkFactory app)
{
    private static object Body(string ern, string issue, string? issueCategory, object? stageOverride = null) => new
    {
        employerErn = ern, raisedBy = "Employer", channel = "Letter", issue, description = "The employer wrote about it.",
        receivedOn = new DateOnly(2026, 3, 2), issueCategory, stageOverride,
    };

    private static async Task<int> ComplaintsOf(HttpClient http, string ern) =>
        (await http.Get<StageProposalView>($"/api/employer-complaints/stage-proposal?employerErn={ern}&issue=anything")).RelatedComplaints.Count;

    [Fact]
    public async Task EC16_the_categories_are_configured_data_every_member_of_staff_can_read()
    {
        foreach (var user in new[] { "caseworker", "teamleader", "complaintsreview" })
        {
            var categories = await (await app.LoginAs(user)).Get<List<IssueCategoryView>>("/api/complaint-issue-categories");
            Assert.Contains(new IssueCategoryView("DeductionsTwice", "Deduction taken twice"), categories);
            Assert.Equal(categories.Count, categories.Select(c => c.Code).Distinct().Count());
        }

        (await app.Anonymous().GetAsync("/api/complaint-issue-categories")).AssertUnauthorized();
    }

    [Fact]
    public async Task EC16_the_same_category_within_six_months_is_a_review_whatever_the_words()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();
        var first = await (await caseworker.TryLog(Body(ern, "Deducted twice in February", "DeductionsTwice"))).Read<CategorisedComplaintView>(HttpStatusCode.Created);

        var proposal = await caseworker.Get<StageProposalView>(
            $"/api/employer-complaints/stage-proposal?employerErn={ern}&issue=March%20taken%20again&issueCategory=DeductionsTwice&receivedOn=2026-03-02");
        var second = await (await caseworker.TryLog(Body(ern, "March taken again", "DeductionsTwice"))).Read<CategorisedComplaintView>(HttpStatusCode.Created);

        Assert.Equal(("Resolution", "DeductionsTwice"), (first.Stage, first.IssueCategory));
        Assert.Equal("Review", proposal.Stage);
        Assert.True(Assert.Single(proposal.RelatedComplaints).SameIssue);
        Assert.Equal(("Review", "DeductionsTwice", null), (second.Stage, second.IssueCategory, second.StageOverrideReason));
    }

    [Fact]
    public async Task EC16_another_category_with_the_same_words_is_a_resolution()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();
        await (await caseworker.TryLog(Body(ern, "Deductions", "DeductionsTwice"))).Read<CategorisedComplaintView>(HttpStatusCode.Created);

        var second = await (await caseworker.TryLog(Body(ern, "Deductions", "LetterError"))).Read<CategorisedComplaintView>(HttpStatusCode.Created);

        Assert.Equal(("Resolution", "LetterError"), (second.Stage, second.IssueCategory));
    }

    [Fact]
    public async Task EC16_without_a_category_the_issue_text_is_compared_as_before()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();
        await (await caseworker.TryLog(Body(ern, "Deductions", "DeductionsTwice"))).Read<CategorisedComplaintView>(HttpStatusCode.Created);

        var second = await (await caseworker.TryLog(Body(ern, "  deductions ", null))).Read<CategorisedComplaintView>(HttpStatusCode.Created);

        Assert.Equal(("Review", null), (second.Stage, second.IssueCategory));
    }

    [Fact]
    public async Task EC16_an_override_with_a_reason_logs_at_the_chosen_stage_and_is_audited()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();

        var logged = await (await caseworker.TryLog(Body(ern, "Refund", "RefundDelay", new { stage = "Review", reason = "The employer's MP asked for a review" })))
            .Read<CategorisedComplaintView>(HttpStatusCode.Created);

        Assert.Equal(("Review", "The employer's MP asked for a review"), (logged.Stage, logged.StageOverrideReason));
        var audit = Assert.Single(await caseworker.Audit(logged.Reference), a => a.Action == "Proposed stage overridden");
        Assert.Equal(("Resolution", "Review: The employer's MP asked for a review"), (audit.Before, audit.After));
        Assert.Equal("Review", (await caseworker.GetSr(logged.Reference)).SubArea);
    }

    [Fact]
    public async Task EC16_an_override_to_the_proposed_stage_is_no_override()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();

        var logged = await (await caseworker.TryLog(Body(ern, "Refund", "RefundDelay", new { stage = "Resolution", reason = "Agree" })))
            .Read<CategorisedComplaintView>(HttpStatusCode.Created);

        Assert.Equal(("Resolution", null), (logged.Stage, logged.StageOverrideReason));
        Assert.DoesNotContain(await caseworker.Audit(logged.Reference), a => a.Action == "Proposed stage overridden");
    }

    [Theory]
    [InlineData("NoSuchCategory", null, null, "issueCategory")]
    [InlineData("RefundDelay", "Review", "", "stageOverride.reason")]
    [InlineData("RefundDelay", "Review", null, "stageOverride.reason")]
    [InlineData("RefundDelay", "Level3", "Because", "stageOverride.stage")]
    [InlineData("RefundDelay", "1", "Because", "stageOverride.stage")]
    public async Task EC16_bad_input_is_400_and_logs_nothing(string category, string? stage, string? reason, string field)
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();
        var stageOverride = stage is null ? null : new { stage, reason };

        await (await caseworker.TryLog(Body(ern, "Refund", category, stageOverride))).AssertProblem(HttpStatusCode.BadRequest, field);

        Assert.Equal(0, await ComplaintsOf(caseworker, ern));
    }

    [Fact]
    public async Task EC16_an_unknown_category_in_the_stage_proposal_is_400()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();

        await (await caseworker.GetAsync($"/api/employer-complaints/stage-proposal?employerErn={ern}&issue=x&issueCategory=Nope"))
            .AssertProblem(HttpStatusCode.BadRequest, "issueCategory");
    }
}

public sealed class IssueCategoryTests_Sqlite(SqliteFactory app) : IssueCategoryTests(app), IClassFixture<SqliteFactory>;

public sealed class IssueCategoryTests_Postgres(PostgresFactory app) : IssueCategoryTests(app), IClassFixture<PostgresFactory>;
