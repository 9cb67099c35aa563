namespace Casework.Domain.Parties;

/// <summary>COR-07 / procedure 001 "Re-issue CMSL2040": the only reasons a re-issue of the DEO notice may be requested for.</summary>
public enum Cmsl2040ReissueReason
{
    /// <summary>The employer refuses to adhere to the DEO schedule after a change of circumstances: the amounts differ.</summary>
    ScheduleDispute,

    /// <summary>The initial CMSL2040 was issued with incorrect or no information.</summary>
    IncorrectOrMissingInformation,

    /// <summary>The employer is being considered for referral to the Financial Investigation Unit (FIU).</summary>
    FinancialInvestigationReferral,
}
