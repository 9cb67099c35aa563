using System.Globalization;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Organisation;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Security;

/// <summary>
/// What the handler found for the keyed digits: the employer with that ERN, whether a representative has that TRN,
/// and whether a client has that SCIN together with the cases they are on.
/// </summary>
public sealed record KeyedMatches(EmployerOnCall? Employer, bool IsRepresentativeTrn, bool IsClientScin, IReadOnlyList<ClientCase> ClientCases)
{
    public static KeyedMatches None { get; } = new(null, false, false, []);

    public static KeyedMatches ForEmployer(EmployerOnCall employer) => None with { Employer = employer };

    public static KeyedMatches ForTrn() => None with { IsRepresentativeTrn = true };

    public static KeyedMatches ForScin(IReadOnlyList<ClientCase> cases) => None with { IsClientScin = true, ClientCases = cases };
}

/// <summary>
/// Keypad routing (SEC-08), a pure function of the keyed digits, an optional qualifying child's date of birth and
/// what the handler looked up. An ERN wins over the other identifiers: it is what the employer menu asks for.
/// </summary>
public static class KeypadRouting
{
    public const int MaxKeyedDigits = 20;

    public static Result<CallRoute> Route(string? keyed, DateOnly? qualifyingChildDateOfBirth, KeyedMatches found)
    {
        var digits = keyed?.Trim();
        if (string.IsNullOrEmpty(digits) || digits.Length > MaxKeyedDigits || !digits.All(char.IsAsciiDigit))
        {
            return InvalidInput.For("keyed", $"Keyed digits must be 0–9 only, at most {MaxKeyedDigits} of them.");
        }

        if (found.Employer is { } employer)
        {
            return ToEmployer(employer);
        }

        if (found.IsClientScin)
        {
            return ToClientCase(digits, qualifyingChildDateOfBirth, [.. found.ClientCases.Where(c => c.Involves(digits))]);
        }

        return found.IsRepresentativeTrn
            ? new CallRoute(CallDestination.ManualSelection(TeamCodes.EmployerPayments),
                $"SEC-08: {digits} is a TRN, not an ERN, so no employer is found: the caseworker selects the employer by hand.")
            : new CallRoute(CallDestination.ManualSelection(TeamCodes.EmployerPayments),
                $"SEC-08: {digits} is not an ERN (perhaps a TRN keyed instead), so no employer is found: the caseworker selects the employer by hand.");
    }

    // The wording of the employer outcomes is the web layer's existing CallRouting, kept so its tests still hold.
    private static CallRoute ToEmployer(EmployerOnCall employer) => employer.AccountManager is { } manager
        ? new CallRoute(CallDestination.ToStaff(manager.StaffNumber, manager.TeamCode),
            $"SEC-08 / AM-05: employer {employer.Ern} has account manager {manager.Name} ({manager.StaffNumber}), so the call goes to them.")
        : new CallRoute(CallDestination.ToTeam(TeamCodes.EmployerPayments),
            $"SEC-08: employer {employer.Ern} has no account manager, so the call goes to the employer payments team.");

    private static CallRoute ToClientCase(string scin, DateOnly? dateOfBirth, IReadOnlyList<ClientCase> cases)
    {
        switch (cases.Count)
        {
            case 0:
                return new CallRoute(CallDestination.ManualSelection(TeamCodes.GeneralInboundCallHandling),
                    $"SEC-08: client {scin} is on no case, so the caseworker finds the record by hand.");
            case 1:
                return ToOwner(cases[0], $"SEC-08: client {scin} has one case, {cases[0].CaseNumber}");
        }

        if (dateOfBirth is not { } born)
        {
            return new CallRoute(CallDestination.AskQualifyingChild,
                $"SEC-08: client {scin} has {cases.Count} cases, so the caller is asked for the date of birth of a qualifying child on the case they are calling about.");
        }

        var matching = cases.Where(c => c.HasQualifyingChildBornOn(born)).ToArray();
        var owners = matching.Select(c => c.Owner).Distinct().ToArray();
        return (matching.Length, owners.Length) switch
        {
            (0, _) => new CallRoute(CallDestination.AskQualifyingChild,
                $"SEC-08: no qualifying child on client {scin}'s {cases.Count} cases was born on {Text(born)}, so the caller is asked again."),
            (_, 1) => ToOwner(matching[0],
                $"SEC-08: client {scin} has {cases.Count} cases and a qualifying child born on {Text(born)} is on case {string.Join(", ", matching.Select(c => c.CaseNumber))}"),
            // Asking again cannot tell the cases apart: a caseworker must.
            _ => new CallRoute(CallDestination.ManualSelection(TeamCodes.GeneralInboundCallHandling),
                $"SEC-08: qualifying children born on {Text(born)} are on {matching.Length} of client {scin}'s cases with different owners, so the caseworker selects the case by hand."),
        };
    }

    private static CallRoute ToOwner(ClientCase clientCase, string why) => clientCase.Owner is { Kind: OwnerKind.Staff, StaffNumber: { } staff } owner
        ? new CallRoute(CallDestination.ToStaff(staff, owner.TeamCode), $"{why}, so the call goes to its owner {owner}.")
        : new CallRoute(CallDestination.ToTeam(clientCase.Owner.TeamCode), $"{why}, so the call goes to its owning team {clientCase.Owner.TeamCode}.");

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
