using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.Tests.Builders;

namespace Casework.Domain.Tests.ComplaintOutcomes;

/// <summary>OUT-01/02/04: a complaint's issue lines, their outcomes, the remedy, and every refusal changing nothing.</summary>
public sealed class ComplaintRecordTests
{
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly Actor _caseworker = Actors.Caseworker;

    [Theory]
    [InlineData("Resolution", 1)]
    [InlineData("Review", 2)]
    public void OUT01_the_level_follows_the_complaint_stage(string subArea, int level) =>
        Assert.Equal(level, ComplaintRecord.Open("SR1", "Complaints", subArea).Value!.Level);

    [Theory]
    [InlineData("Info Requested", "Send Literature")]
    [InlineData("Complaints", "Something Else")]
    public void OUT01_an_sr_that_is_not_a_resolution_or_review_complaint_is_refused(string area, string subArea) =>
        Assert.IsType<RuleBroken>(ComplaintRecord.Open("SR1", area, subArea).Refusal);

    [Fact]
    public void OUT01_issues_are_numbered_from_one_and_audited_under_the_sr_reference()
    {
        var complaint = Complaint(1);

        Assert.Equal(1, complaint.AddIssue("Payments", "Late refund", _caseworker, _at).Value);
        Assert.Equal(2, complaint.AddIssue("Staff", "Rude call", _caseworker, _at).Value);

        Assert.Equal("SR1", complaint.AuditSubject);
        Assert.Equal(["Complaint issue added", "Complaint issue added"], complaint.PendingAudit.Select(a => a.Action));
        Assert.Equal(2, complaint.Version);
        Assert.Null(complaint.Outcome);
    }

    [Fact]
    public void OUT02_escalated_is_allowed_at_level_1()
    {
        var complaint = WithIssues(1, 1);

        Assert.Null(complaint.RecordOutcome(1, IssueOutcome.Escalated, _caseworker, _at));
        Assert.Equal(ComplaintOutcome.Escalated, complaint.Outcome);
    }

    [Fact]
    public void OUT02_escalated_at_level_2_is_rule_broken_and_nothing_changes() =>
        AssertRefusedUnchanged<RuleBroken>(WithIssues(2, 1), c => c.RecordOutcome(1, IssueOutcome.Escalated, _caseworker, _at));

    [Fact]
    public void OUT02_an_unknown_line_is_not_found_and_nothing_changes() =>
        AssertRefusedUnchanged<NotFound>(WithIssues(1, 1), c => c.RecordOutcome(2, IssueOutcome.Upheld, _caseworker, _at));

    [Fact]
    public void OUT02_a_final_line_can_be_corrected_until_every_line_is_final()
    {
        var complaint = WithIssues(1, 2);
        complaint.RecordOutcome(1, IssueOutcome.Upheld, _caseworker, _at);

        Assert.Null(complaint.RecordOutcome(1, IssueOutcome.NotUpheld, _caseworker, _at));

        Assert.Equal(IssueOutcome.NotUpheld, complaint.Issues[0].Outcome);
        Assert.Equal(("1: Upheld", "1: NotUpheld"), (complaint.PendingAudit[^1].Before, complaint.PendingAudit[^1].After));
    }

    [Fact]
    public void OUT03_the_last_line_to_become_final_derives_the_outcome_and_audits_it()
    {
        var complaint = WithIssues(1, 2);
        complaint.RecordOutcome(1, IssueOutcome.Upheld, _caseworker, _at);
        complaint.RecordOutcome(2, IssueOutcome.NotUpheld, Actors.TeamLeader, _at);

        Assert.Equal(ComplaintOutcome.PartiallyUpheld, complaint.Outcome);
        Assert.Equal(("Complaint outcome derived", "PartiallyUpheld"), (complaint.PendingAudit[^1].Action, complaint.PendingAudit[^1].After));
        Assert.Equal("Terry Leader (TL001)", complaint.Issues[1].FinalisedBy);
    }

    [Fact]
    public void OUT03_once_derived_no_line_changes_and_none_is_added()
    {
        var complaint = WithIssues(1, 1);
        complaint.RecordOutcome(1, IssueOutcome.Upheld, _caseworker, _at);

        AssertRefusedUnchanged<NotAllowedInState>(complaint, c => c.RecordOutcome(1, IssueOutcome.NotUpheld, _caseworker, _at));
        AssertRefusedUnchanged<NotAllowedInState>(complaint, c => c.AddIssue("More", "Another", _caseworker, _at).Refusal);
    }

    [Fact]
    public void OUT04_the_remedy_comes_from_the_configured_list()
    {
        var complaint = WithIssues(2, 1);

        Assert.Null(complaint.RecordRemedy("apology", Actors.Staff("EC1", "Esme Review", "ESCALATED-COMPLAINTS", StaffRoles.EscalatedComplaints), _at));

        Assert.Equal("Apology", complaint.Remedy);
        Assert.Equal("Complaint remedy recorded", complaint.PendingAudit[^1].Action);
        AssertRefusedUnchanged<InvalidInput>(complaint, c => c.RecordRemedy("A box of chocolates", _caseworker, _at));
    }

    [Fact]
    public void OUT_only_caseworkers_team_leaders_and_escalated_complaints_record()
    {
        var outsider = Actors.WithRoles(StaffRoles.SubjectAccess);

        AssertRefusedUnchanged<Forbidden>(WithIssues(1, 1), c => c.AddIssue("Payments", "Late", outsider, _at).Refusal);
        AssertRefusedUnchanged<Forbidden>(WithIssues(1, 1), c => c.RecordOutcome(1, IssueOutcome.Upheld, outsider, _at));
        AssertRefusedUnchanged<Forbidden>(WithIssues(1, 1), c => c.RecordRemedy("Apology", outsider, _at));
    }

    private static ComplaintRecord Complaint(int level) =>
        ComplaintRecord.Open("SR1", "Complaints", level == 1 ? "Resolution" : "Review").Value!;

    private static ComplaintRecord WithIssues(int level, int issues)
    {
        var complaint = Complaint(level);
        for (var i = 1; i <= issues; i++)
        {
            complaint.AddIssue("Category", $"Issue {i}", _caseworker, _at);
        }

        return complaint;
    }

    private static string State(ComplaintRecord c) =>
        $"{c.Level}|{c.Version}|{c.Remedy}|{c.Outcome}|{c.PendingAudit.Count}|" +
        string.Join(";", c.Issues.Select(i => $"{i.Number},{i.Category},{i.Issue},{i.Outcome},{i.FinalisedBy},{i.FinalisedAt}"));

    private static void AssertRefusedUnchanged<TRefusal>(ComplaintRecord complaint, Func<ComplaintRecord, Refusal?> command)
        where TRefusal : Refusal
    {
        var before = State(complaint);
        Assert.IsType<TRefusal>(command(complaint));
        Assert.Equal(before, State(complaint));
    }
}
