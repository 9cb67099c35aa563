namespace Casework.Domain.AccountManagers;

/// <summary>
/// Which letter a decided referral sends to the employer (AM-04, procedure 003), as one pure function.
/// <list type="table">
/// <item>Approve Allocate → CMSL8003 (step 9).</item>
/// <item>Reject Allocate → CMSL8004 only when the employer asked for one and it was discussed by phone; otherwise none.</item>
/// <item>Approve Change → CMSL8005, none when the change is for workload (step 17).</item>
/// <item>Reject Change → CMSL8006 only when the employer asked for the change; otherwise none.</item>
/// <item>Approve Remove → CMSL8007 (step 13).</item>
/// <item>Reject Remove → none: procedure 003 has no letter for it.</item>
/// </list>
/// </summary>
public static class AccountManagerLetters
{
    public const string Appointed = "CMSL8003";
    public const string RequestDeclined = "CMSL8004";
    public const string Changed = "CMSL8005";
    public const string ChangeDeclined = "CMSL8006";
    public const string Removed = "CMSL8007";

    public static string? For(ReferralKind kind, bool approved, ReferralCircumstances circumstances) => (kind, approved) switch
    {
        (ReferralKind.Allocate, true) => Appointed,
        // 003: "only be sent if the employer has explicitly requested an account manager and we have discussed their request over the phone".
        (ReferralKind.Allocate, false) => circumstances is { RequestedByEmployer: true, DiscussedByPhone: true } ? RequestDeclined : null,
        // 003 step 17: "Where the change is the result of work load, a letter doesn't need to be sent."
        (ReferralKind.Change, true) => circumstances.ForWorkload ? null : Changed,
        // 003 describes CMSL8006 as the answer "after an employer has requested a different account manager":
        // a change the team leader proposed and then declined was never the employer's request, so nothing is sent.
        (ReferralKind.Change, false) => circumstances.RequestedByEmployer ? ChangeDeclined : null,
        (ReferralKind.Remove, true) => Removed,
        (ReferralKind.Remove, false) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown referral kind."),
    };
}
