namespace Casework.Domain.EmployerComplaints;

/// <summary>A plan line as a sealed revision holds it (EC-12): enough to say what changed from one revision to the next.</summary>
public sealed record RevisionLine(int Number, string ResolutionType, string Description, FinancialKind? Kind, decimal? Amount, bool HoldToOffset)
{
    public static RevisionLine Of(PlanLine line) => new(
        line.Number, line.ResolutionType, line.Description, line.Financial?.Kind, line.Financial?.Amount, line.Financial?.HoldToOffset ?? false);
}
