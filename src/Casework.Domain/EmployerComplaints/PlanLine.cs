namespace Casework.Domain.EmployerComplaints;

/// <summary>A line of the resolution plan (EC-07): a resolution type, what will be done, optionally a payment (EC-13).</summary>
public sealed class PlanLine
{
    private PlanLine()
    {
        ResolutionType = Description = string.Empty;
    }

    internal PlanLine(int number, string resolutionType, string description, FinancialComponent? financial, int revision)
    {
        Number = number;
        ResolutionType = resolutionType;
        Description = description;
        Financial = financial;
        AddedInRevision = revision;
    }

    public int Id { get; private set; }

    /// <summary>Position in the plan, 1-based; the API's line id.</summary>
    public int Number { get; private set; }

    public string ResolutionType { get; private set; }

    public string Description { get; private set; }

    public FinancialComponent? Financial { get; private set; }

    public PlanLineStatus Status { get; private set; }

    public int AddedInRevision { get; private set; }

    /// <summary>EC-11: the team leader's decision on this line; cleared when the plan is revised and resubmitted.</summary>
    public LineDecision? TlDecision { get; private set; }

    public string? TlComment { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneBy { get; private set; }

    public bool IsActive => Status != PlanLineStatus.Withdrawn;

    public bool IsRedress => Financial?.Kind == FinancialKind.Redress;

    internal void Decide(LineDecision decision, string? comment)
    {
        TlDecision = decision;
        TlComment = comment;
    }

    internal void ClearDecision()
    {
        TlDecision = null;
        TlComment = null;
    }

    internal void MarkDone(string by, DateTimeOffset at)
    {
        Status = PlanLineStatus.Done;
        DoneAt = at;
        DoneBy = by;
    }

    internal void Withdraw() => Status = PlanLineStatus.Withdrawn;

    public override string ToString() =>
        $"{Number}. {ResolutionType}: {Description}{(Financial is null ? string.Empty : $" — {Financial}")}";
}
