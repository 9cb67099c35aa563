using Casework.Domain.Parties;

namespace Casework.Domain.Security;

/// <summary>
/// The employer account fields a caller may be asked about (SEC-01, procedure 001 "Contact received"). A record of
/// its own so that a field the employer record does not yet hold can be mapped by the handler.
/// </summary>
public sealed record EmployerSecurityFacts(
    string Ern,
    IReadOnlyList<string> AdditionalPhones,
    string? Fax,
    string? Email,
    IReadOnlyList<string> ContactNames,
    int? PayDay,
    int? PayrollCutOffDay,
    bool? VoicemailAuthorised,
    string? PayrollAddress)
{
    public const string Rule = "SEC-01";

    /// <summary>
    /// The first phone on the record is the employer's main number, which anyone can look up, so only the others
    /// count as "additional telephone numbers".
    /// </summary>
    public static EmployerSecurityFacts From(Employer employer) => new(
        employer.Ern,
        [.. employer.Phones.Skip(1)],
        employer.Fax,
        employer.Email,
        employer.ContactNames,
        employer.PayDay,
        employer.PayrollCutOffDay,
        employer.VoicemailAuthorised,
        employer.PayrollAddress);

    public AccountAnswerKey AnswerKey() => new($"Employer {Ern}", Rule,
    [
        AccountField.Phone("AdditionalPhone", "One of the additional telephone numbers on the account", AdditionalPhones),
        AccountField.Phone("Fax", "The fax number", Fax),
        AccountField.Email("Email", "The e-mail address", Email),
        AccountField.AnyOf("ContactName", "The name of a contact on the account", ContactNames, SecretNormalisation.AccountText),
        PayDates(),
        Voicemail(),
        AccountField.Text("PayrollAddress", "The payroll address", PayrollAddress),
    ]);

    // One item in the procedure: both days are needed, the pay date first.
    private AccountField PayDates() => new(
        new SecurityQuestion("PayDates", "The pay date and the payroll cut-off date (days of the month, pay date first)"),
        PayDay is not null && PayrollCutOffDay is not null,
        answer => SecretNormalisation.Numbers(answer) is [var pay, var cutOff] && pay == PayDay && cutOff == PayrollCutOffDay);

    private AccountField Voicemail() => new(
        new SecurityQuestion("VoicemailAuthorisation", "Has the employer authorised us to leave voicemail messages? (yes or no)"),
        VoicemailAuthorised is not null,
        answer => SecretNormalisation.YesNo(answer) is { } said && said == (VoicemailAuthorised == true ? "YES" : "NO"));
}
