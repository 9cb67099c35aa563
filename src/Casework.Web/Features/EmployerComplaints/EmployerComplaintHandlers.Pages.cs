using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>What the complaint pages need beyond the API's routes.</summary>
public sealed partial class EmployerComplaintHandlers
{
    /// <summary>EC-02: the employer's complaints, newest first, as the log page lists them before an issue is entered.</summary>
    public async Task<IReadOnlyList<RelatedComplaintDto>> RelatedToAsync(string ern, string? issue, CancellationToken ct, string? issueCategory = null) =>
        ToDtos(await RelatedAsync(ern.Trim(), null, ct), ComplaintIssueCategories.Find(issueCategory)?.Code, issue ?? string.Empty);

    /// <summary>
    /// EC-11: the approval page's line-by-line decision — some lines approved, others rejected — in one unit of work,
    /// so a refusal of either part changes nothing. The part that decides the last undecided line goes last, because
    /// deciding it completes the team leader's decision.
    /// </summary>
    public Task<Result<EmployerComplaintDto>> DecideLinesAsync(
        string reference, IReadOnlyList<int> approve, IReadOnlyList<int> reject, string? comment, CancellationToken ct)
    {
        var validation = new Validation()
            .Check(approve.Count + reject.Count > 0, "lineIds", "Choose approve or reject for a line, or approve or reject them all.")
            .Check(reject.Count == 0 || !string.IsNullOrWhiteSpace(comment), "comment", "Say why the plan is rejected, so the caseworker can revise it.")
            .Check(!approve.Intersect(reject).Any(), "lineIds", "A line cannot be both approved and rejected.")
            .MaxLength("comment", comment, 4000);
        if (!validation.IsValid)
        {
            return Task.FromResult<Result<EmployerComplaintDto>>(validation.ToRefusal());
        }

        return ChangeAsync(reference, async (c, sr, by, at) =>
        {
            var wasApproved = c.PlanApproved;
            var undecided = c.ActiveLines.Where(l => l.TlDecision is null).Select(l => l.Number).ToHashSet();
            var parts = new List<(bool Approve, IReadOnlyList<int> Lines)>();
            if (approve.Count > 0)
            {
                parts.Add((true, approve));
            }

            if (reject.Count > 0)
            {
                parts.Add((false, reject));
            }

            foreach (var (verdict, lines) in parts.OrderByDescending(p => !p.Lines.Any(undecided.Contains)))
            {
                if (c.Decide(sr, verdict, comment, lines.ToList(), calendar, by, at) is { } refused)
                {
                    return refused;
                }
            }

            // EC-11: approval of the whole plan sends CMSL8501 with it.
            return c.PlanApproved && !wasApproved ? await letters.PlanAsync(c, sr, unableToReach: false, null, by, ct) : null;
        }, ct);
    }
}
