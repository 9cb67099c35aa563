namespace Casework.Domain.Calendar;

/// <summary>
/// The bank-holiday jurisdictions of the UK. Wales shares England's holidays, so it is not a region
/// of its own. For a case, the employer's region decides which calendar applies (CAL-01).
/// </summary>
public enum Region
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}
