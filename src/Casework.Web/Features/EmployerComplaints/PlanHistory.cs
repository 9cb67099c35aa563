using Casework.Domain.EmployerComplaints;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// EC-12: the plan's sealed revisions, oldest first, each with what changed since the revision before it in words
/// (<see cref="PlanChanges"/>), the employer's answer and the note that came with it — what the team leader reads.
/// </summary>
public static class PlanHistory
{
    public static IReadOnlyList<PlanRevisionDto> Of(IEnumerable<PlanRevision> revisions)
    {
        var list = new List<PlanRevisionDto>();
        PlanRevision? previous = null;
        foreach (var r in revisions.OrderBy(r => r.At).ThenBy(r => r.Id))
        {
            list.Add(new PlanRevisionDto(
                r.Number, r.Event, r.By, r.At, r.Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries), r.EmployerAgrees, r.Note,
                Changes(previous, r)));
            previous = r;
        }

        return list;
    }

    /// <summary>Nothing for the first revision or one sealed again; without stored lines (older rows) the text lines are compared.</summary>
    private static IReadOnlyList<string> Changes(PlanRevision? before, PlanRevision after)
    {
        if (before is null || before.Number == after.Number)
        {
            return [];
        }

        if (before.Snapshot is { } b && after.Snapshot is { } a)
        {
            return [.. PlanChanges.Between(b, a).Select(c => c.Describe(DetailsModel.TypeLabel))];
        }

        var old = before.Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var now = after.Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. old.Except(now).Select(l => $"Removed: {l}"), .. now.Except(old).Select(l => $"Added: {l}")];
    }
}
