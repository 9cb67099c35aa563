using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.EmployerComplaints.ComplaintCase;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>EC-13: refunds (paid at once or held to offset) and financial redress within the configured limits.</summary>
public sealed class FinancialComponentTests
{
    private static readonly RedressLimits _limits = new(PerLine: 300m, PerComplaint: 500m);

    [Fact]
    public void EC13_redress_up_to_the_per_line_limit_is_accepted_with_its_evidence()
    {
        var created = FinancialComponent.Create(FinancialKind.Redress, 300m, holdToOffset: false, "  Invoice 17 ", _limits);

        Assert.Equal(new FinancialComponent(FinancialKind.Redress, 300m, false, "Invoice 17"), created.Value);
        Assert.Equal("Financial redress £300.00 (evidence: Invoice 17)", created.Value!.ToString());
    }

    [Fact]
    public void EC13_redress_over_the_per_line_limit_is_a_broken_rule()
    {
        var refusal = Assert.IsType<RuleBroken>(FinancialComponent.Create(FinancialKind.Redress, 300.01m, false, null, _limits).Refusal);

        Assert.Contains("£300.00", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EC13_a_refund_has_no_redress_limit_and_may_be_held_to_offset_future_deductions()
    {
        var held = FinancialComponent.Create(FinancialKind.Refund, 5000m, holdToOffset: true, null, _limits);
        var paid = FinancialComponent.Create(FinancialKind.Refund, 5000m, holdToOffset: false, null, _limits);

        Assert.Equal("Refund £5000.00 held to offset future deductions", held.Value!.ToString());
        Assert.Equal("Refund £5000.00 paid at once", paid.Value!.ToString());
    }

    [Fact]
    public void EC13_only_a_refund_can_be_held_to_offset() =>
        Assert.Contains("financial.holdToOffset",
            Assert.IsType<InvalidInput>(FinancialComponent.Create(FinancialKind.Redress, 10m, holdToOffset: true, null, _limits).Refusal).Errors.Keys);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.001)]
    public void EC13_an_amount_is_positive_pounds_and_pence(decimal amount) =>
        Assert.Contains("financial.amount",
            Assert.IsType<InvalidInput>(FinancialComponent.Create(FinancialKind.Refund, amount, false, null, _limits).Refusal).Errors.Keys);

    [Fact]
    public void EC13_redress_on_one_complaint_may_reach_the_per_complaint_limit_but_not_pass_it()
    {
        var c = InProgress();
        Assert.True(c.Complaint.AddLine(c.Sr, "Redress", "Costs", Redress(300m, _limits), _limits, Actors.Caseworker, c.Now).IsSuccess);
        Assert.True(c.Complaint.AddLine(c.Sr, "Redress", "More costs", Redress(200m, _limits), _limits, Actors.Caseworker, c.Now).IsSuccess);
        var before = c.Snapshot();

        var over = c.Complaint.AddLine(c.Sr, "Redress", "Yet more", Redress(0.01m, _limits), _limits, Actors.Caseworker, c.Now);

        var refusal = Assert.IsType<RuleBroken>(over.Refusal);
        Assert.Contains("£500.00", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("£500.01", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(before, c.Snapshot());
    }

    [Fact]
    public void EC13_refunds_and_withdrawn_redress_do_not_count_towards_the_per_complaint_limit()
    {
        var c = InProgress();
        Assert.True(c.Complaint.AddLine(c.Sr, "Redress", "Costs", Redress(300m, _limits), _limits, Actors.Caseworker, c.Now).IsSuccess);
        Assert.True(c.Complaint.AddLine(c.Sr, "Refund", "Surplus", Refund(900m), _limits, Actors.Caseworker, c.Now).IsSuccess);
        Assert.Null(c.Complaint.WithdrawLine(c.Sr, 1, Actors.Caseworker, c.Now));

        var added = c.Complaint.AddLine(c.Sr, "Redress", "Costs again", Redress(300m, _limits), _limits, Actors.Caseworker, c.Now);
        var more = c.Complaint.AddLine(c.Sr, "Redress", "Postage", Redress(200m, _limits), _limits, Actors.Caseworker, c.Now);

        Assert.Equal((3, 4), (added.Value, more.Value));
        Assert.True(c.Complaint.HasRedress);
    }

    [Fact]
    public void EC13_the_default_limits_are_500_a_line_and_1000_a_complaint() =>
        Assert.Equal(new RedressLimits(500m, 1000m), RedressLimits.Default);
}
