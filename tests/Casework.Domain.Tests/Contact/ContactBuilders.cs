using Casework.Domain.Clients;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Organisation;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.Contact;

/// <summary>Test data for the contact rules: a cheap hasher, a client's secrets, full employer and agent records.</summary>
public static class ContactBuilders
{
    public const string Pin = "4071953";
    public const string Password = "Blue Whale 42";
    public const string Scin = "700000001";
    public const string OtherScin = "700000002";

    public static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The PIN key; 32 bytes as the hasher demands. The minimum iteration count keeps the tests quick.</summary>
    public static byte[] Key { get; } = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static Pbkdf2CallerSecretHasher Hasher { get; } = new(Key, 1_000);

    public static IReadOnlyList<SecurityQuestionInput> SevenQuestions { get; } =
        [.. Enumerable.Range(1, 7).Select(n => new SecurityQuestionInput($"Question text {n}?", $"Answer {n}"))];

    public static CallerSecrets Secrets { get; } =
        CallerSecrets.Create(new CallerSecretsInput(Pin, Password, SevenQuestions), Hasher).Value!;

    public static ClientAnswerKey ClientKey(CallerSecrets? secrets = null) => new($"Client {Scin}", secrets ?? Secrets, Hasher);

    public static IRandomSource Seeded(int seed) => new SystemRandomSource(new Random(seed));

    public static EmployerSecurityFacts FullEmployer { get; } = new(
        "10000001",
        ["01632 960001", "+44 1632 960002"],
        "01632 960099",
        "Payroll@Northgate.example",
        ["Jo Bloggs", "Sam Smith"],
        25,
        20,
        true,
        "1 Mill Lane, Leeds LS1 1AA");

    public static EmployerSecurityFacts EmptyEmployer { get; } = new("10000002", [], null, null, [], null, null, null, null);

    public static AgentSecurityFacts FullAgent { get; } = new("EA000001", "2 Quay Street", "M3 3JE", "0161 496 0000", "agent@payroll.example");

    /// <summary>The right answer for each employer and agent question id, as a caller might say it.</summary>
    public static string RightAnswer(EmployerSecurityFacts facts, string id) => id switch
    {
        "AdditionalPhone" => facts.AdditionalPhones[^1],
        "Fax" => facts.Fax!,
        "Email" => facts.Email!,
        "ContactName" => facts.ContactNames[0],
        "PayDates" => $"{facts.PayDay} and {facts.PayrollCutOffDay}",
        "VoicemailAuthorisation" => facts.VoicemailAuthorised == true ? "yes" : "no",
        "PayrollAddress" => facts.PayrollAddress!,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
    };

    public static ClientCase Case(string number, Owner owner, params DateOnly[] childrenBorn) =>
        new(number, Scin, OtherScin, childrenBorn.Select((born, i) => new QualifyingChild($"Child {i + 1}", born)), owner);

    public static Owner StaffOwner(string staffNumber) => Owner.ForStaff(staffNumber, $"Caseworker {staffNumber}", "MAINTENANCE");

    public static Owner TeamOwner(string team) => Owner.ForTeam(team);

    public static string GeneralInbound => TeamCodes.GeneralInboundCallHandling;
}
