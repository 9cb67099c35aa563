using System.Globalization;
using Casework.Domain.EmployerComplaints;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// EC-10…EC-12: why a plan is with the team leader, in words — the employer's answer and note when they rejected it,
/// redress that needs approval, or a revision after an earlier decision.
/// </summary>
public static class ApprovalReason
{
    /// <summary>The employer's latest answer to the plan, if they have given one on any revision.</summary>
    public static PlanRevisionDto? EmployerAnswer(PlanDto plan) => plan.History.LastOrDefault(r => r.EmployerAgrees is not null);

    public static IReadOnlyList<string> Of(PlanDto plan)
    {
        var reasons = new List<string>();
        if (EmployerAnswer(plan) is { EmployerAgrees: false } rejected)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"The employer rejected revision {rejected.Revision} of the plan ({rejected.By}, {Display.DateTime(rejected.At)})."));
        }

        if (plan.Lines.Any(l => l.Status != PlanLineStatus.Withdrawn && l.Financial?.Kind == FinancialKind.Redress))
        {
            reasons.Add("The plan includes financial redress, which a team leader must approve.");
        }

        if (plan.History.Any(r => r.Event.EndsWith("by the team leader", StringComparison.Ordinal) && r.Revision < plan.Revision))
        {
            reasons.Add($"The plan was revised after a team leader decided on it; this is revision {plan.Revision}.");
        }

        return reasons;
    }
}
