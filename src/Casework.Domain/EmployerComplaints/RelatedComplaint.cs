using Casework.Domain.Common;

namespace Casework.Domain.EmployerComplaints;

/// <summary>An earlier complaint of the same employer, as the logging page lists it (EC-02).</summary>
public sealed record RelatedComplaint(string Reference, string Issue, DateOnly ReceivedOn, bool Open, bool CompensationPaid)
{
    public bool IsSameIssue(string issue) =>
        string.Equals(Normalise(Issue), Normalise(issue), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// EC-02: the stage a new complaint is proposed at. Review when a complaint about the same issue is still open or was
/// received in the six months before this one; otherwise Resolution. EC-13: once compensation has been paid on a
/// complaint about the same issue, no further escalation about it is possible.
/// </summary>
public static class ComplaintStageRule
{
    public static Result<ComplaintStage> Propose(string issue, DateOnly receivedOn, IEnumerable<RelatedComplaint> related)
    {
        var sameIssue = related.Where(r => r.IsSameIssue(issue)).ToList();
        if (sameIssue.FirstOrDefault(r => r.CompensationPaid) is { } compensated)
        {
            return new RuleBroken(
                $"Compensation was paid on complaint {compensated.Reference} about the same issue, which closed it: no further escalation about it is possible (EC-13).");
        }

        var since = receivedOn.AddMonths(-6);
        return sameIssue.Any(r => r.Open || (r.ReceivedOn >= since && r.ReceivedOn <= receivedOn))
            ? ComplaintStage.Review
            : ComplaintStage.Resolution;
    }
}
