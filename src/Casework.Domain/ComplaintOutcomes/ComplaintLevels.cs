using Casework.Domain.Common;

namespace Casework.Domain.ComplaintOutcomes;

/// <summary>
/// Which service requests are complaints, and at what level (OUT-01, API.md): an SR in area Complaints at stage
/// Resolution is Level 1, at stage Review Level 2. The process is not checked, so a complaint of any process
/// (API.md: "any complaint") qualifies once the catalogue has one.
/// </summary>
public static class ComplaintLevels
{
    public const string Area = "Complaints";

    public static Result<int> Of(string reference, string area, string subArea) =>
        !string.Equals(area, Area, StringComparison.OrdinalIgnoreCase)
            ? new RuleBroken($"Service request {reference} is not a complaint (its area is {area}, not {Area}): outcomes are recorded on complaints only.")
            : subArea.ToUpperInvariant() switch
            {
                "RESOLUTION" => 1,
                // A client's complaint (SR-09) starts at Level 1; its review is Level 2 like an employer's.
                "COMPLAINT" => 1,
                "REVIEW" => 2,
                _ => new RuleBroken($"Complaint {reference} is at stage {subArea}; only Resolution (Level 1) and Review (Level 2) complaints have outcomes."),
            };

    /// <summary>Who may record issues, outcomes and remedies.</summary>
    public static bool MayRecord(Actor by) =>
        by.IsIn(StaffRoles.Caseworker) || by.IsIn(StaffRoles.TeamLeader) || by.IsIn(StaffRoles.EscalatedComplaints);
}
