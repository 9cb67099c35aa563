using Casework.Domain.Organisation;
using Casework.Domain.Parties;

namespace Casework.Domain.Contact;

/// <summary>A call-back a team owes a caller, with the rule that created it.</summary>
public sealed record CallBackTask(string TeamCode, string PartyReference, string Reason);

/// <summary>
/// COR-05 (procedure 001): an employer or client who wishes to be spoken to in Welsh gets a call-back from the
/// Welsh language unit rather than carrying on in English.
/// </summary>
public static class WelshLanguageCallBack
{
    /// <summary>The call-back task for a Welsh speaker; null for anyone else.</summary>
    public static CallBackTask? For(PreferredLanguage language, string partyReference) => language == PreferredLanguage.Welsh
        ? new CallBackTask(TeamCodes.WelshLanguageUnit, partyReference,
            $"COR-05: {partyReference} prefers Welsh, so the Welsh language unit arranges a call-back in Welsh.")
        : null;
}
