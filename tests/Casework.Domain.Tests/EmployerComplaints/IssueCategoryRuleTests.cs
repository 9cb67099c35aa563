using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.Tests.Builders;
using CsCheck;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-16: the six-month rule compares issue categories, and the caseworker may override the proposal with a reason.</summary>
public sealed class IssueCategoryRuleTests
{
    private static readonly DateOnly _received = new(2025, 9, 15);

    private static RelatedComplaint Earlier(string? category, string issue = "Deductions", int monthsBefore = 1, bool open = false) =>
        new("SR-0000001", issue, _received.AddMonths(-monthsBefore), open, CompensationPaid: false, category);

    [Fact]
    public void EC16_the_same_category_within_six_months_is_review_whatever_words_were_typed() =>
        Assert.Equal(ComplaintStage.Review,
            ComplaintStageRule.Propose("DeductionsTwice", "Took March twice", _received, [Earlier("DeductionsTwice", "Double deduction in February")]).Value);

    [Fact]
    public void EC16_another_category_is_resolution_even_with_the_same_words() =>
        Assert.Equal(ComplaintStage.Resolution,
            ComplaintStageRule.Propose("LetterError", "Deductions", _received, [Earlier("DeductionsTwice", "Deductions")]).Value);

    [Fact]
    public void EC16_without_a_category_the_issue_text_is_compared_as_before() =>
        Assert.Equal(ComplaintStage.Review,
            ComplaintStageRule.Propose(null, " deductions ", _received, [Earlier("DeductionsTwice", "Deductions")]).Value);

    [Fact]
    public void EC16_an_earlier_complaint_without_a_category_is_compared_by_its_text() =>
        Assert.Equal(ComplaintStage.Review,
            ComplaintStageRule.Propose("DeductionsTwice", "Deductions", _received, [Earlier(null, "DEDUCTIONS")]).Value);

    [Fact]
    public void EC16_a_same_category_more_than_six_months_ago_and_closed_is_resolution() =>
        Assert.Equal(ComplaintStage.Resolution,
            ComplaintStageRule.Propose("DeductionsTwice", "x", _received, [Earlier("DeductionsTwice", monthsBefore: 7)]).Value);

    /// <summary>For any pair of categories and texts and any earlier date: the words never matter once both have a category.</summary>
    [Fact]
    public void EC16_with_categories_on_both_the_proposal_depends_only_on_category_date_and_openness()
    {
        var categories = Gen.OneOf<string>("A", "B", "C");
        var words = Gen.OneOf<string>("Deductions", "deductions", "Letter", "Rude");
        var cases = Gen.Select(Gen.Select(categories, categories, words, words), Gen.Int[0, 400], Gen.Bool,
            (t, daysBefore, open) => (Mine: t.Item1, Theirs: t.Item2, MyText: t.Item3, TheirText: t.Item4, DaysBefore: daysBefore, Open: open));
        cases.Sample(c =>
            {
                var (mine, theirs, myText, theirText, daysBefore, open) = c;
                var earlier = new RelatedComplaint("SR-0000001", theirText, _received.AddDays(-daysBefore), open, false, theirs);
                var expected = mine == theirs && (open || _received.AddDays(-daysBefore) >= _received.AddMonths(-6))
                    ? ComplaintStage.Review
                    : ComplaintStage.Resolution;
                return ComplaintStageRule.Propose(mine, myText, _received, [earlier]).Value == expected;
            });
    }

    [Theory]
    [InlineData(ComplaintStage.Resolution, ComplaintStage.Review)]
    [InlineData(ComplaintStage.Review, ComplaintStage.Resolution)]
    public void EC16_an_override_with_a_reason_chooses_the_stage(ComplaintStage proposed, ComplaintStage chosen) =>
        Assert.Equal(chosen, ComplaintStageRule.Choose(proposed, new StageOverride(chosen, "Employer already escalated by phone")).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void EC16_an_override_without_a_reason_is_bad_input(string? reason)
    {
        var refusal = Assert.IsType<InvalidInput>(ComplaintStageRule.Choose(ComplaintStage.Resolution, new StageOverride(ComplaintStage.Review, reason)).Refusal);
        Assert.True(refusal.Errors.ContainsKey("stageOverride.reason"));
    }

    [Fact]
    public void EC16_EC13_an_override_does_not_get_round_compensation_paid()
    {
        var refused = ComplaintStageRule.Propose("A", "x", _received, [new RelatedComplaint("SR-0000001", "x", _received.AddMonths(-1), false, true, "A")]);

        Assert.IsType<RuleBroken>(ComplaintStageRule.Choose(refused, new StageOverride(ComplaintStage.Resolution, "Please")).Refusal);
    }

    [Fact]
    public void EC16_an_overridden_stage_is_audited_with_the_proposal_and_the_reason()
    {
        var request = Request(ComplaintStage.Review) with { IssueCategory = "DeductionsTwice", ProposedStage = ComplaintStage.Resolution, OverrideReason = "MP's letter asks for a review" };
        var sr = RaiseFor(request, Actors.Caseworker, MorningOf(MondayBeforeEaster));

        var logged = EmployerComplaint.Log(request, sr, WorkingDays, Actors.Caseworker, MorningOf(MondayBeforeEaster)).Value!;

        Assert.Equal(("DeductionsTwice", ComplaintStage.Review, "MP's letter asks for a review"), (logged.IssueCategory, logged.Stage, logged.StageOverrideReason));
        var audit = logged.PendingAudit.Single(a => a.Action == "Proposed stage overridden");
        Assert.Equal(("Resolution", "Review: MP's letter asks for a review"), (audit.Before, audit.After));
    }

    [Fact]
    public void EC16_an_override_without_a_reason_logs_nothing()
    {
        var request = Request(ComplaintStage.Review) with { ProposedStage = ComplaintStage.Resolution, OverrideReason = " " };
        var sr = RaiseFor(request, Actors.Caseworker, MorningOf(MondayBeforeEaster));
        var before = ServiceRequestSnapshot.Of(sr);

        var logged = EmployerComplaint.Log(request, sr, WorkingDays, Actors.Caseworker, MorningOf(MondayBeforeEaster));

        Assert.IsType<InvalidInput>(logged.Refusal);
        Assert.Equal(before, ServiceRequestSnapshot.Of(sr));
    }

    [Fact]
    public void EC16_a_proposal_that_stood_records_no_override()
    {
        var c = Logged();

        Assert.Null(c.Complaint.StageOverrideReason);
        Assert.DoesNotContain(c.Complaint.PendingAudit, a => a.Action == "Proposed stage overridden");
    }
}
