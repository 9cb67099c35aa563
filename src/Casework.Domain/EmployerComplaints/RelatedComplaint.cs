using Casework.Domain.Common;

namespace Casework.Domain.EmployerComplaints;

/// <summary>An earlier complaint of the same employer, as the logging page lists it (EC-02).</summary>
public sealed record RelatedComplaint(
    string Reference, string Issue, DateOnly ReceivedOn, bool Open, bool CompensationPaid, string? IssueCategory = null)
{
    /// <summary>
    /// EC-16: when both complaints have an issue category, the categories decide; when either has none (an API client
    /// may omit it, and complaints logged before EC-16 have none) the issue text is compared as EC-02 always did.
    /// </summary>
    public bool IsSameIssue(string? issueCategory, string issue) =>
        issueCategory is not null && IssueCategory is not null
            ? string.Equals(IssueCategory, issueCategory, StringComparison.OrdinalIgnoreCase)
            : string.Equals(Normalise(Issue), Normalise(issue), StringComparison.OrdinalIgnoreCase);

    public bool IsSameIssue(string issue) => IsSameIssue(null, issue);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>EC-16: the caseworker's choice of a stage other than the one proposed, with the reason (audited).</summary>
public sealed record StageOverride(ComplaintStage Stage, string? Reason);

/// <summary>
/// EC-02: the stage a new complaint is proposed at. Review when a complaint about the same issue (EC-16: the same issue
/// category) is still open or was received in the six months before this one; otherwise Resolution. EC-13: once
/// compensation has been paid on a complaint about the same issue, no further escalation about it is possible.
/// </summary>
public static class ComplaintStageRule
{
    public const int OverrideReasonMaxLength = 500;

    public static Result<ComplaintStage> Propose(string issue, DateOnly receivedOn, IEnumerable<RelatedComplaint> related) =>
        Propose(null, issue, receivedOn, related);

    public static Result<ComplaintStage> Propose(string? issueCategory, string issue, DateOnly receivedOn, IEnumerable<RelatedComplaint> related)
    {
        var sameIssue = related.Where(r => r.IsSameIssue(issueCategory, issue)).ToList();
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

    /// <summary>
    /// EC-16: the stage the complaint is logged at — the proposal, or the caseworker's override when a reason is given.
    /// An override never gets round EC-13: a refused proposal stays refused.
    /// </summary>
    public static Result<ComplaintStage> Choose(Result<ComplaintStage> proposed, StageOverride? requested)
    {
        if (!proposed.IsSuccess || requested is null)
        {
            return proposed;
        }

        return string.IsNullOrWhiteSpace(requested.Reason)
            ? InvalidInput.For("stageOverride.reason", "Give the reason for overriding the proposed stage.")
            : requested.Reason.Trim().Length > OverrideReasonMaxLength
                ? InvalidInput.For("stageOverride.reason", $"The reason must be {OverrideReasonMaxLength} characters or fewer.")
                : requested.Stage;
    }
}
