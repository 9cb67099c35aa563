using Casework.Domain.Common;

namespace Casework.Domain.EmployerComplaints;

/// <summary>
/// EC-13: a refund of surplus payments (paid at once, or held to offset future deductions if the employer says so)
/// or financial redress (compensation for costs an agency error caused, on evidence, within configured limits).
/// </summary>
public sealed record FinancialComponent(FinancialKind Kind, decimal Amount, bool HoldToOffset, string? Evidence)
{
    public static Result<FinancialComponent> Create(FinancialKind kind, decimal amount, bool holdToOffset, string? evidence, RedressLimits limits)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            return InvalidInput.For("financial.amount", "Enter an amount in pounds and pence greater than £0.");
        }

        if (kind == FinancialKind.Redress && holdToOffset)
        {
            return InvalidInput.For("financial.holdToOffset", "Only a refund can be held to offset future deductions.");
        }

        if (kind == FinancialKind.Redress && amount > limits.PerLine)
        {
            return new RuleBroken($"Financial redress of £{amount:0.00} is over the limit of £{limits.PerLine:0.00} for one payment.");
        }

        return new FinancialComponent(kind, amount, holdToOffset, string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim());
    }

    public override string ToString() => Kind == FinancialKind.Refund
        ? $"Refund £{Amount:0.00}{(HoldToOffset ? " held to offset future deductions" : " paid at once")}"
        : $"Financial redress £{Amount:0.00}{(Evidence is null ? string.Empty : $" (evidence: {Evidence})")}";
}

/// <summary>EC-13: the configured limits on financial redress — per payment, and for the whole complaint.</summary>
public sealed record RedressLimits(decimal PerLine, decimal PerComplaint)
{
    public static readonly RedressLimits Default = new(500m, 1000m);
}
