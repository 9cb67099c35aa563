using Casework.Domain.EmployerComplaints;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-12: what changed between two revisions of the plan, in words the team leader reads on the approval page.</summary>
public sealed class PlanChangesTests
{
    private static readonly Func<string, string> _label = code => code switch
    {
        "Refund" => "Refund of surplus payments",
        "Apology" => "Apology",
        "Explanation" => "Explanation of how the deductions were worked out",
        _ => code,
    };

    private static RevisionLine Line(int number, string type, string description, decimal? amount = null, bool hold = false) =>
        new(number, type, description, amount is null ? null : type == "FinancialRedress" ? FinancialKind.Redress : FinancialKind.Refund, amount, hold);

    private static List<string> Words(IReadOnlyList<RevisionLine> before, IReadOnlyList<RevisionLine> after) =>
        [.. PlanChanges.Between(before, after).Select(c => c.Describe(_label))];

    [Fact]
    public void EC12_the_same_lines_are_no_change()
    {
        var lines = new[] { Line(1, "Apology", "Apologise for the error"), Line(2, "Refund", "Refund the surplus", 120m) };

        Assert.Empty(PlanChanges.Between(lines, [.. lines]));
    }

    [Fact]
    public void EC12_a_line_added_and_a_line_removed_are_said_with_their_type_wording_and_amount()
    {
        var before = new[] { Line(1, "Apology", "Apologise for the error"), Line(2, "Explanation", "Explain the schedule") };
        var after = new[] { Line(1, "Apology", "Apologise for the error"), Line(3, "Refund", "Refund the surplus", 120m) };

        Assert.Equal(
            ["Line 2 removed: Explanation of how the deductions were worked out — Explain the schedule.",
             "Line 3 added: Refund of surplus payments — Refund the surplus, £120.00 paid at once."],
            Words(before, after));
    }

    [Fact]
    public void EC12_a_line_withdrawn_and_added_again_with_a_new_amount_reads_as_the_amount_changed()
    {
        var before = new[] { Line(1, "Refund", "Refund the surplus", 100m) };
        var after = new[] { Line(2, "Refund", "Refund the surplus", 1250.5m, hold: true) };

        var change = Assert.Single(PlanChanges.Between(before, after));

        Assert.Equal(PlanChangeKind.AmountChanged, change.Kind);
        Assert.Equal(
            "Refund of surplus payments: the amount changed from £100.00 to £1,250.50, now held to offset future deductions (line 1 replaced by line 2).",
            change.Describe(_label));
    }

    [Fact]
    public void EC12_the_same_wording_under_another_resolution_type_reads_as_the_type_changed()
    {
        var before = new[] { Line(1, "Apology", "Write to the payroll manager") };
        var after = new[] { Line(2, "Explanation", "write to the payroll manager") };

        var change = Assert.Single(PlanChanges.Between(before, after));

        Assert.Equal(PlanChangeKind.TypeChanged, change.Kind);
        Assert.Equal("Line 1 changed from Apology to Explanation of how the deductions were worked out (now line 2).", change.Describe(_label));
    }

    [Fact]
    public void EC12_a_line_withdrawn_and_added_again_unchanged_is_no_change_and_new_wording_is_a_rewording()
    {
        Assert.Empty(PlanChanges.Between([Line(1, "Apology", "Say sorry")], [Line(2, "Apology", "Say sorry")]));

        var change = Assert.Single(PlanChanges.Between([Line(1, "Apology", "Say sorry")], [Line(2, "Apology", "Say sorry in writing")]));

        Assert.Equal("Line 1 reworded as line 2: “Say sorry” → “Say sorry in writing”.", change.Describe(_label));
    }

    [Fact]
    public void EC12_each_sealed_revision_keeps_its_lines_as_data_and_the_employers_answer_with_the_note()
    {
        var c = InProgress().WithLine().IssuedByPhone().EmployerRejects().RejectedByTeamLeader("Offer a refund");
        c.WithLine(Refund(25m), "Refund the overpayment").Submitted();

        var (rejected, byLeader, resubmitted) = (c.Complaint.Revisions[1], c.Complaint.Revisions[2], c.Complaint.Revisions[3]);

        Assert.Equal((false, "Wants more"), (rejected.EmployerAgrees, rejected.Note));
        Assert.Equal((null, "Offer a refund"), (byLeader.EmployerAgrees, byLeader.Note));
        var added = Assert.Single(PlanChanges.Between(byLeader.Snapshot!, resubmitted.Snapshot!));
        Assert.Equal((PlanChangeKind.Added, 2, 25m), (added.Kind, added.After!.Number, added.After.Amount));
    }
}
