using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-02: the stage proposed on logging, from the employer's related complaints; EC-13: no escalation after compensation.</summary>
public sealed class ComplaintStageRuleTests
{
    private const string Issue = "Deduction taken twice";
    private static readonly DateOnly _received = new(2025, 9, 15);

    private static Result<ComplaintStage> Propose(params RelatedComplaint[] related) => ComplaintStageRule.Propose(Issue, _received, related);

    private static RelatedComplaint Earlier(DateOnly receivedOn, bool open = false, string issue = Issue, bool compensationPaid = false) =>
        new("SR-0000001", issue, receivedOn, open, compensationPaid);

    [Fact]
    public void EC02_a_first_complaint_is_resolution() => Assert.Equal(ComplaintStage.Resolution, Propose().Value);

    [Fact]
    public void EC02_same_issue_still_open_is_review_however_old() =>
        Assert.Equal(ComplaintStage.Review, Propose(Earlier(_received.AddYears(-2), open: true)).Value);

    [Theory]
    [InlineData("2025-09-15")] // the same day
    [InlineData("2025-06-01")]
    [InlineData("2025-03-15")] // exactly six months before
    public void EC02_same_issue_within_six_months_is_review(string receivedOn) =>
        Assert.Equal(ComplaintStage.Review, Propose(Earlier(DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture))).Value);

    [Theory]
    [InlineData("2025-03-14")] // six months and a day before
    [InlineData("2024-09-15")]
    public void EC02_same_issue_closed_more_than_six_months_ago_is_resolution(string receivedOn) =>
        Assert.Equal(ComplaintStage.Resolution, Propose(Earlier(DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture))).Value);

    [Fact]
    public void EC02_another_issue_open_or_recent_is_resolution() =>
        Assert.Equal(ComplaintStage.Resolution, Propose(
            Earlier(_received.AddDays(-10), open: true, issue: "Letter sent to the wrong address"),
            Earlier(_received.AddDays(-3), issue: "Rude call handler")).Value);

    [Theory]
    [InlineData("deduction taken twice")]
    [InlineData("  Deduction   taken\ttwice ")]
    [InlineData("DEDUCTION TAKEN TWICE")]
    public void EC02_the_same_issue_is_matched_ignoring_case_and_spacing(string earlierIssue) =>
        Assert.Equal(ComplaintStage.Review, Propose(Earlier(_received.AddMonths(-1), issue: earlierIssue)).Value);

    [Fact]
    public void EC02_EC13_compensation_paid_on_the_same_issue_blocks_escalation_with_rule_broken()
    {
        var proposed = Propose(Earlier(_received.AddMonths(-2), compensationPaid: true));

        var refusal = Assert.IsType<RuleBroken>(proposed.Refusal);
        Assert.Contains("SR-0000001", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("EC-13", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EC13_compensation_paid_blocks_the_same_issue_even_after_six_months() =>
        Assert.IsType<RuleBroken>(Propose(Earlier(_received.AddYears(-1), compensationPaid: true)).Refusal);

    [Fact]
    public void EC13_compensation_paid_on_another_issue_does_not_block_it() =>
        Assert.Equal(ComplaintStage.Review, Propose(
            Earlier(_received.AddMonths(-1), issue: "Rude call handler", compensationPaid: true),
            Earlier(_received.AddMonths(-1))).Value);
}
