namespace Casework.Domain.EmployerComplaints;

/// <summary>EC-02: a first complaint is worked at Resolution (Level 1); a repeat within six months goes to Review (Level 2).</summary>
public enum ComplaintStage
{
    Resolution,
    Review,
}

public enum PlanLineStatus
{
    Open,
    Done,

    /// <summary>Taken out of the plan when it was revised; kept so the revision history reads true.</summary>
    Withdrawn,
}

/// <summary>EC-13: the two kinds of payment a plan line can carry.</summary>
public enum FinancialKind
{
    Refund,
    Redress,
}

/// <summary>EC-11: the team leader's approval of the plan — the API's <c>tlApproval</c>.</summary>
public enum TlApproval
{
    Pending,
    Approved,
    Rejected,
}

public enum LineDecision
{
    Approved,
    Rejected,
}

/// <summary>EC-14: the closure letter's opening paragraph.</summary>
public enum ClosureParagraph
{
    /// <summary>TM_020275_E: "We're writing to confirm the outcome of our phone conversation".</summary>
    PhoneOutcome,

    /// <summary>TM_02276_E: "We're writing regarding the above complaint as we were unable to contact you by phone".</summary>
    UnableToContact,
}

public static class ResolutionCodes
{
    /// <summary>EC-05: resolved at once by an apology, or found invalid.</summary>
    public const string Invalid = nameof(Invalid);

    /// <summary>EC-14: closed with every plan line done.</summary>
    public const string Resolved = nameof(Resolved);
}

/// <summary>The letters and paragraphs procedure 000 names.</summary>
public static class ComplaintLetters
{
    public const string Acknowledgement = "CMSL8500";
    public const string Plan = "CMSL8501";
    public const string Closure = "CMSL8502";
    public const string UnableToReachParagraph = "TM_01545_E";

    public static string ParagraphFor(ClosureParagraph paragraph) =>
        paragraph == ClosureParagraph.PhoneOutcome ? "TM_020275_E" : "TM_02276_E";
}
