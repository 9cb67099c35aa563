using Casework.Domain.Common;

namespace Casework.Domain.ComplaintOutcomes;

/// <summary>
/// The outcome record of one complaint SR (OUT-01..05): its level, its category/issue lines and how each was
/// finalised, the derived outcome and the remedy; the written response, investigation plan and finalisation are in
/// the other parts of this class. It lives beside its SR and shares its reference, so its audit
/// records sit in the SR's trail. Every change applies completely or returns a refusal and changes nothing.
/// Once every line is final the outcome is derived and the record is settled: no line is added or re-finalised
/// (409), because the derived outcome is what the complaint was closed with. Until then a final line may be
/// corrected to another outcome, and the correction is in the audit trail.
/// </summary>
public sealed partial class ComplaintRecord : IAudited
{
    private readonly List<ComplaintIssue> _issues = [];
    private readonly List<InvestigationStep> _investigationSteps = [];
    private readonly List<AuditRecord> _pendingAudit = [];

    private ComplaintRecord()
    {
        Reference = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The reference of the complaint's SR.</summary>
    public string Reference { get; private set; }

    /// <summary>1 for a Resolution-stage complaint, 2 for a Review-stage one.</summary>
    public int Level { get; private set; }

    /// <summary>The code of a <see cref="ComplaintRemedies"/> entry; null until recorded.</summary>
    public string? Remedy { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ComplaintIssue> Issues => _issues;

    public ComplaintOutcome? Outcome => ComplaintOutcomeRule.Derive(_issues.Select(i => i.Outcome));

    public string AuditSubject => Reference;

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    /// <summary>An empty record for the complaint SR; nothing is recorded until its first line is added.</summary>
    public static Result<ComplaintRecord> Open(string reference, string area, string subArea)
    {
        var level = ComplaintLevels.Of(reference, area, subArea);
        return level.IsSuccess ? new ComplaintRecord { Reference = reference, Level = level.Value } : level.Refusal!;
    }

    /// <summary>OUT-01: adds a category/issue line; returns its number.</summary>
    public Result<int> AddIssue(string category, string issue, Actor by, DateTimeOffset at)
    {
        if (((Refusal?)MayNotRecord(by) ?? Settled()) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(category) || string.IsNullOrWhiteSpace(issue))
        {
            return InvalidInput.For(string.IsNullOrWhiteSpace(category) ? "category" : "issue", "Enter the category and the issue.");
        }

        var line = new ComplaintIssue(_issues.Count + 1, category.Trim(), issue.Trim());
        _issues.Add(line);
        Record(by, at, "Complaint issue added", null, $"{line.Number}: {line.Category} – {line.Issue}");
        return line.Number;
    }

    /// <summary>OUT-02: finalises a line; Escalated is for Level 1 only. The last line to become final derives the outcome (OUT-03).</summary>
    public Refusal? RecordOutcome(int number, IssueOutcome outcome, Actor by, DateTimeOffset at)
    {
        if (MayNotRecord(by) is { } forbidden)
        {
            return forbidden;
        }

        var line = _issues.FirstOrDefault(i => i.Number == number);
        if (line is null)
        {
            return new NotFound($"Complaint {Reference} has no issue {number}.");
        }

        if (outcome == IssueOutcome.Escalated && Level != 1)
        {
            return new RuleBroken($"Complaint {Reference} is Level {Level}: an issue can be escalated at Level 1 only; choose Upheld, NotUpheld or Withdrawn.");
        }

        if (Settled() is { } settled)
        {
            return settled;
        }

        if (line.Outcome == outcome)
        {
            return null;
        }

        var before = line.Outcome?.ToString() ?? "Not final";
        line.Finalise(outcome, by.Label, at);
        Record(by, at, "Complaint issue finalised", $"{number}: {before}", $"{number}: {outcome}");
        if (Outcome is { } derived)
        {
            Record(by, at, "Complaint outcome derived", null, derived.ToString());
        }

        return null;
    }

    /// <summary>OUT-04: the remedy comes from the configured list; it may be changed, and each change is audited.</summary>
    public Refusal? RecordRemedy(string? code, Actor by, DateTimeOffset at)
    {
        var remedy = ComplaintRemedies.Find(code);
        if (remedy is null)
        {
            return InvalidInput.For("remedy", $"Choose a remedy from the list ({string.Join(", ", ComplaintRemedies.All.Select(r => r.Code))}).");
        }

        if (MayNotRecord(by) is { } forbidden)
        {
            return forbidden;
        }

        if (string.Equals(Remedy, remedy.Code, StringComparison.Ordinal))
        {
            return null;
        }

        var before = Remedy;
        Remedy = remedy.Code;
        Record(by, at, "Complaint remedy recorded", before, Remedy);
        return null;
    }

    private static Forbidden? MayNotRecord(Actor by) => ComplaintLevels.MayRecord(by)
        ? null
        : new Forbidden("Only a caseworker, team leader or the escalated complaints team can record complaint outcomes.");

    private NotAllowedInState? Settled() => Outcome is { } derived
        ? new NotAllowedInState($"Every issue of complaint {Reference} is final and its outcome is {derived}: the issues can no longer change.")
        : null;

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }
}
