using Casework.Domain.Common;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>
/// EC-11: the team leader's decision on the plan — the named lines (all when none are named), or on the approval page
/// some lines approved and others rejected in one unit of work. Approval of the whole plan sends CMSL8501 with it.
/// </summary>
public static class DecidePlan
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, DecisionRequest r, CancellationToken ct) =>
        work.RunAsync(
            reference,
            new Validation()
                .Check(r.Approve is not null, "approve", "Say whether the plan is approved (true or false).")
                .MaxLength("comment", r.Comment, 4000),
            async c =>
            {
                var wasApproved = c.Complaint.PlanApproved;
                return c.Complaint.Decide(c.Sr, r.Approve!.Value, r.Comment, r.LineIds?.ToList(), work.Calendar, c.By, c.At)
                    ?? await PlanLetterIfApprovedAsync(work, c, wasApproved, ct);
            },
            ct);

    /// <summary>
    /// A refusal of either part changes nothing. The part that decides the last undecided line goes last, because deciding
    /// it completes the team leader's decision.
    /// </summary>
    public static Task<Result<EmployerComplaintDto>> LinesAsync(
        ComplaintWork work, string reference, IReadOnlyList<int> approve, IReadOnlyList<int> reject, string? comment, CancellationToken ct)
    {
        var validation = new Validation()
            .Check(approve.Count + reject.Count > 0, "lineIds", "Choose approve or reject for a line, or approve or reject them all.")
            .Check(reject.Count == 0 || !string.IsNullOrWhiteSpace(comment), "comment", "Say why the plan is rejected, so the caseworker can revise it.")
            .Check(!approve.Intersect(reject).Any(), "lineIds", "A line cannot be both approved and rejected.")
            .MaxLength("comment", comment, 4000);
        return work.RunAsync(reference, validation, async c =>
        {
            var wasApproved = c.Complaint.PlanApproved;
            var undecided = c.Complaint.ActiveLines.Where(l => l.TlDecision is null).Select(l => l.Number).ToHashSet();
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
                if (c.Complaint.Decide(c.Sr, verdict, comment, lines.ToList(), work.Calendar, c.By, c.At) is { } refused)
                {
                    return refused;
                }
            }

            return await PlanLetterIfApprovedAsync(work, c, wasApproved, ct);
        }, ct);
    }

    /// <summary>EC-11: approval of the whole plan sends CMSL8501 with it.</summary>
    private static async Task<Refusal?> PlanLetterIfApprovedAsync(ComplaintWork work, ComplaintChange c, bool wasApproved, CancellationToken ct) =>
        c.Complaint.PlanApproved && !wasApproved ? await work.Letters.PlanAsync(c.Complaint, c.Sr, unableToReach: false, null, c.By, ct) : null;
}
