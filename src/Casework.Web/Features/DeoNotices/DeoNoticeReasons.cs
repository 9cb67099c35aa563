using System.Globalization;
using Casework.Domain.Parties;

namespace Casework.Web.Features.DeoNotices;

/// <summary>
/// COR-07: the procedure's words for each re-issue reason (page labels and the employer note), the CMSL2040 paragraph
/// it prints, and how a DEO's amount and schedule read on the letter.
/// </summary>
public static class DeoNoticeReasons
{
    public const string LetterCode = "CMSL2040";

    public const string NotePrefix = "CMSL2040 re-issue requested: ";

    public static IReadOnlyList<Cmsl2040ReissueReason> All { get; } = Enum.GetValues<Cmsl2040ReissueReason>();

    /// <summary>Procedure 001 "Re-issue CMSL2040", word for word.</summary>
    public static string Text(Cmsl2040ReissueReason reason) => reason switch
    {
        Cmsl2040ReissueReason.ScheduleDispute =>
            "the employer is refusing to adhere to the DEO schedule following a change of circumstances, as the amount shown on the schedule differs from the amount shown on the CMSL2040",
        Cmsl2040ReissueReason.IncorrectOrMissingInformation => "the initial CMSL2040 was issued with incorrect or no information",
        Cmsl2040ReissueReason.FinancialInvestigationReferral => "the employer is being considered for referral to the Financial Investigation Unit (FIU)",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string Label(Cmsl2040ReissueReason reason)
    {
        var text = Text(reason);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string NoteText(Cmsl2040ReissueReason reason) => NotePrefix + Text(reason);

    /// <summary>The CMSL2040 paragraph (letters.json) that tells the employer why the order is sent again.</summary>
    public static string Paragraph(Cmsl2040ReissueReason reason) => reason switch
    {
        Cmsl2040ReissueReason.ScheduleDispute => "CMSL2040_REISSUE_SCHEDULE",
        Cmsl2040ReissueReason.IncorrectOrMissingInformation => "CMSL2040_REISSUE_CORRECTION",
        Cmsl2040ReissueReason.FinancialInvestigationReferral => "CMSL2040_REISSUE_FIU",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>"£125.00": the amount as CMSL2040 prints it.</summary>
    public static string Amount(decimal amount) => "£" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Schedule(DeoSchedule schedule) => schedule switch
    {
        DeoSchedule.Weekly => "every week",
        DeoSchedule.Fortnightly => "every 2 weeks",
        DeoSchedule.FourWeekly => "every 4 weeks",
        DeoSchedule.Monthly => "every month",
        _ => throw new ArgumentOutOfRangeException(nameof(schedule), schedule, null),
    };
}
