using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.Organisation;
using Casework.Domain.Tests.Builders;

namespace Casework.Domain.Tests.ComplaintOutcomes;

/// <summary>OUT-04/05: the written response, the investigation plan and the finalisation, and every refusal changing nothing.</summary>
public sealed class ComplaintResponseTests
{
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly _today = new(2026, 3, 2);
    private static readonly Actor _caseworker = Actors.Caseworker;
    private static readonly StaffReference _carys = new("100001", "Carys", "Bootle", "Employer payments", "4100");

    [Fact]
    public void OUT04_a_level_2_complaint_records_that_a_written_response_is_required_then_that_it_was_sent()
    {
        var complaint = Complaint(2);

        Assert.Null(complaint.WrittenResponse);
        Assert.Null(complaint.RecordWrittenResponse(true, null, null, _caseworker, _at, _today));
        Assert.Equal(new WrittenResponse(true, null, null), complaint.WrittenResponse);
        Assert.Null(complaint.RecordWrittenResponse(true, _today, " Apologised and explained the delay. ", _caseworker, _at, _today));

        Assert.Equal(new WrittenResponse(true, _today, "Apologised and explained the delay."), complaint.WrittenResponse);
        Assert.Equal(("Required; not yet sent", "Required; sent 2026-03-02: Apologised and explained the delay."),
            (complaint.PendingAudit[^1].Before, complaint.PendingAudit[^1].After));
        Assert.Equal(2, complaint.Version);
    }

    [Fact]
    public void OUT04_recording_the_same_written_response_again_changes_nothing()
    {
        var complaint = Complaint(2);
        complaint.RecordWrittenResponse(false, null, null, _caseworker, _at, _today);

        Assert.Null(complaint.RecordWrittenResponse(false, null, null, _caseworker, _at, _today));

        Assert.Equal(1, complaint.Version);
    }

    [Fact]
    public void OUT04_a_written_response_at_level_1_is_rule_broken_and_nothing_changes()
    {
        AssertRefusedUnchanged<RuleBroken>(Complaint(1), c => c.RecordWrittenResponse(true, null, null, _caseworker, _at, _today));
        AssertRefusedUnchanged<RuleBroken>(Complaint(1), c => c.RecordWrittenResponse(false, null, null, _caseworker, _at, _today));
    }

    [Theory]
    [InlineData(false, "2026-03-02", "Sent anyway", "sentOn")]
    [InlineData(false, null, "A summary", "summary")]
    [InlineData(true, "2026-03-02", null, "summary")]
    [InlineData(true, null, "A summary", "sentOn")]
    [InlineData(true, "2026-03-03", "Sent tomorrow", "sentOn")]
    public void OUT04_an_inconsistent_written_response_is_invalid_and_nothing_changes(bool required, string? sentOn, string? summary, string field)
    {
        var complaint = Complaint(2);
        var refusal = AssertRefusedUnchanged<InvalidInput>(complaint,
            c => c.RecordWrittenResponse(required, sentOn is null ? null : DateOnly.Parse(sentOn, System.Globalization.CultureInfo.InvariantCulture), summary, _caseworker, _at, _today));

        Assert.Equal([field], refusal.Errors.Keys);
    }

    [Fact]
    public void OUT05_investigation_steps_are_numbered_and_refer_to_staff_by_first_name_site_team_and_extension()
    {
        var complaint = Complaint(1);

        Assert.Equal(1, complaint.AddInvestigationStep("Call recording", "Listened to the call of 1 March.", _carys, _caseworker, _at).Value);
        Assert.Equal(2, complaint.AddInvestigationStep("Customer contact", "Called the employer back.", null, _caseworker, _at).Value);

        Assert.Equal(_carys, complaint.InvestigationSteps[0].Staff);
        Assert.Null(complaint.InvestigationSteps[1].Staff);
        Assert.Equal("1: Call recording (Carys, Bootle, Employer payments, extension 4100)", complaint.PendingAudit[0].After);
        Assert.Equal("Casey Worker (CW001)", complaint.InvestigationSteps[0].RecordedBy);
    }

    [Fact]
    public void OUT05_a_staff_reference_uses_the_first_name_only() =>
        Assert.Equal("Carys", StaffReference.Of(new Staff("100001", "Carys Ann Evans", "Bootle", "EMPLOYER-PAYMENTS", "4100"), "Employer payments").FirstName);

    [Fact]
    public void OUT05_a_step_without_a_heading_or_detail_is_invalid_and_nothing_changes()
    {
        AssertRefusedUnchanged<InvalidInput>(Complaint(1), c => c.AddInvestigationStep(" ", "Detail", null, _caseworker, _at).Refusal);
        AssertRefusedUnchanged<InvalidInput>(Complaint(1), c => c.AddInvestigationStep("Heading", "", null, _caseworker, _at).Refusal);
    }

    [Theory]
    [InlineData(IssueOutcome.Upheld, ComplaintOutcome.Upheld)]
    [InlineData(IssueOutcome.NotUpheld, ComplaintOutcome.NotUpheld)]
    public void OUT05_finalising_records_the_summary_with_feedback_only_when_upheld(IssueOutcome line, ComplaintOutcome outcome)
    {
        var complaint = Finalised(1, line);
        var feedback = outcome == ComplaintOutcome.Upheld ? "Remind the team to return calls the same day." : null;

        Assert.Null(complaint.Finalise("Refund was late; apologised.", feedback, _caseworker, _at));

        Assert.Equal(new Finalisation("Refund was late; apologised.", feedback, "Casey Worker (CW001)", _at), complaint.Finalisation);
        Assert.Equal("Complaint finalised", complaint.PendingAudit[^1].Action);
    }

    [Fact]
    public void OUT05_a_partially_upheld_complaint_needs_feedback()
    {
        var complaint = Finalised(1, IssueOutcome.Upheld, IssueOutcome.NotUpheld);

        var refusal = AssertRefusedUnchanged<RuleBroken>(complaint, c => c.Finalise("Summary", "  ", _caseworker, _at));

        Assert.Contains("PartiallyUpheld", refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IssueOutcome.NotUpheld)]
    [InlineData(IssueOutcome.Withdrawn)]
    [InlineData(IssueOutcome.Escalated)]
    public void OUT05_feedback_on_a_complaint_that_is_not_upheld_is_rule_broken(IssueOutcome line) =>
        AssertRefusedUnchanged<RuleBroken>(Finalised(1, line), c => c.Finalise("Summary", "Some feedback", _caseworker, _at));

    [Fact]
    public void OUT05_finalising_before_every_issue_is_final_is_not_allowed_and_nothing_changes()
    {
        var complaint = Complaint(1);
        AssertRefusedUnchanged<NotAllowedInState>(complaint, c => c.Finalise("Summary", null, _caseworker, _at));
        complaint.AddIssue("Payments", "Late", _caseworker, _at);
        AssertRefusedUnchanged<NotAllowedInState>(complaint, c => c.Finalise("Summary", null, _caseworker, _at));
    }

    [Fact]
    public void OUT05_once_finalised_the_investigation_plan_is_closed_but_the_summary_can_be_corrected()
    {
        var complaint = Finalised(2, IssueOutcome.NotUpheld);
        complaint.Finalise("First summary", null, _caseworker, _at);

        AssertRefusedUnchanged<NotAllowedInState>(complaint, c => c.AddInvestigationStep("Late step", "Detail", null, _caseworker, _at).Refusal);
        Assert.Null(complaint.Finalise("Corrected summary", null, Actors.TeamLeader, _at));

        Assert.Equal(("First summary", "Corrected summary"), (complaint.PendingAudit[^1].Before, complaint.PendingAudit[^1].After));
        Assert.Null(complaint.RecordWrittenResponse(true, _today, "Sent after finalising.", _caseworker, _at, _today));
    }

    [Fact]
    public void OUT05_only_caseworkers_team_leaders_and_escalated_complaints_record_the_response()
    {
        var outsider = Actors.WithRoles(StaffRoles.SubjectAccess);

        AssertRefusedUnchanged<Forbidden>(Complaint(2), c => c.RecordWrittenResponse(true, null, null, outsider, _at, _today));
        AssertRefusedUnchanged<Forbidden>(Complaint(1), c => c.AddInvestigationStep("Heading", "Detail", null, outsider, _at).Refusal);
        AssertRefusedUnchanged<Forbidden>(Finalised(1, IssueOutcome.NotUpheld), c => c.Finalise("Summary", null, outsider, _at));
    }

    private static ComplaintRecord Complaint(int level) =>
        ComplaintRecord.Open("SR1", "Complaints", level == 1 ? "Resolution" : "Review").Value!;

    private static ComplaintRecord Finalised(int level, params IssueOutcome[] lines)
    {
        var complaint = Complaint(level);
        foreach (var _ in lines)
        {
            complaint.AddIssue("Category", "Issue", _caseworker, _at);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Null(complaint.RecordOutcome(i + 1, lines[i], _caseworker, _at));
        }

        complaint.ClearPendingAudit();
        return complaint;
    }

    private static string State(ComplaintRecord c) =>
        $"{c.Version}|{c.WrittenResponse}|{c.Finalisation}|{c.PendingAudit.Count}|" +
        string.Join(";", c.InvestigationSteps.Select(s => $"{s.Number},{s.Heading},{s.Detail},{s.Staff}"));

    private static TRefusal AssertRefusedUnchanged<TRefusal>(ComplaintRecord complaint, Func<ComplaintRecord, Refusal?> command)
        where TRefusal : Refusal
    {
        var before = State(complaint);
        var refusal = Assert.IsType<TRefusal>(command(complaint));
        Assert.Equal(before, State(complaint));
        return refusal;
    }
}
