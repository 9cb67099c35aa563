namespace Casework.Domain.Parties;

/// <summary>How often a deduction from earnings order takes its amount.</summary>
public enum DeoSchedule
{
    Weekly,
    Fortnightly,
    FourWeekly,
    Monthly,
}

public enum DeoStatus
{
    Active,
    Ended,
}

/// <summary>
/// A deduction from earnings order (P-04): links a paying parent to the employer that deducts.
/// The count of active ones is a fact a team leader weighs for an account manager (AM-02).
/// </summary>
public sealed class Deo
{
    private Deo()
    {
        PayingParentName = PayingParentNino = EmployerErn = string.Empty;
    }

    public Deo(string payingParentName, string payingParentNino, string employerErn, decimal amount, DeoSchedule schedule)
    {
        PayingParentName = payingParentName.Trim();
        PayingParentNino = payingParentNino.Trim().ToUpperInvariant();
        EmployerErn = employerErn;
        Amount = amount;
        Schedule = schedule;
        Status = DeoStatus.Active;
    }

    public int Id { get; private set; }

    public string PayingParentName { get; private set; }

    /// <summary>The paying parent's National Insurance number, as printed on CMSL2040.</summary>
    public string PayingParentNino { get; private set; }

    public string EmployerErn { get; private set; }

    public decimal Amount { get; private set; }

    public DeoSchedule Schedule { get; private set; }

    public DeoStatus Status { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public int Version { get; private set; }

    public void End(DateOnly on)
    {
        Status = DeoStatus.Ended;
        EndedOn = on;
        Version++;
    }
}
