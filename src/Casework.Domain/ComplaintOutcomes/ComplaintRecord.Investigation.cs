using Casework.Domain.Common;
using Casework.Domain.Organisation;

namespace Casework.Domain.ComplaintOutcomes;

/// <summary>OUT-05: the investigation plan, as headed steps in the order they were taken.</summary>
public sealed partial class ComplaintRecord
{
    public IReadOnlyList<InvestigationStep> InvestigationSteps => _investigationSteps;

    /// <summary>
    /// Adds a headed step; <paramref name="staff"/> is the member of staff it involved, if any, referred to by first
    /// name, site, team and extension at the time. Once the complaint is finalised its plan is closed (409).
    /// </summary>
    public Result<int> AddInvestigationStep(string heading, string detail, StaffReference? staff, Actor by, DateTimeOffset at)
    {
        if (MayNotRecord(by) is { } forbidden)
        {
            return forbidden;
        }

        if (string.IsNullOrWhiteSpace(heading) || string.IsNullOrWhiteSpace(detail))
        {
            return InvalidInput.For(string.IsNullOrWhiteSpace(heading) ? "heading" : "detail", "Enter the step's heading and what was done.");
        }

        if (IsFinalised)
        {
            return new NotAllowedInState($"Complaint {Reference} is finalised: its investigation plan can no longer change.");
        }

        var step = new InvestigationStep(_investigationSteps.Count + 1, heading.Trim(), detail.Trim(), staff, by.Label, at);
        _investigationSteps.Add(step);
        Record(by, at, "Investigation step added", null, $"{step.Number}: {step.Heading}" + (staff is null ? string.Empty : $" ({staff})"));
        return step.Number;
    }
}
