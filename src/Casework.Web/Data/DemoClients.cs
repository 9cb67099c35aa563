using Casework.Domain.Calendar;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Organisation;
using Casework.Domain.Parties;
using Casework.Domain.ServiceRequests;

namespace Casework.Web.Data;

/// <summary>
/// Demo clients, cases and representatives (P-03, P-05). Every demo client and individual representative set up
/// the same security, printed in the README so a caseworker can try a call; it is stored hashed like any other
/// (SEC-04), each identity with its own salt.
/// </summary>
public static class DemoClients
{
    public const string Pin = "4715293";
    public const string Password = "Kittiwake Lighthouse";

    /// <summary>Receiving parent on two cases: keying this SCIN asks for a qualifying child's date of birth (SEC-08).</summary>
    public const string ReceivingParentScin = "700000001";

    /// <summary>Paying parent on one case, owned by a caseworker.</summary>
    public const string PayingParentScin = "700000002";

    /// <summary>Paying parent on one case owned by a team; prefers Welsh.</summary>
    public const string WelshPayingParentScin = "700000003";

    /// <summary>An individual representative with security of their own, acting for the receiving parent.</summary>
    public const string RepresentativeTrn = "55500001";

    /// <summary>An employer acting as representative: no security of its own, asked about employer 10000001's account.</summary>
    public const string EmployerRepresentativeTrn = "55500002";

    public const string EmployerRepresentativeErn = "10000001";

    /// <summary>Where Pat Proxy's letters go (P-05, P-07).</summary>
    public static PostalAddress RepresentativeAddress { get; } = PostalAddress.From("4 Harbour Row, Whitby", "YO21 3PU").Value!;

    public static IReadOnlyList<SecurityQuestionInput> Questions { get; } =
    [
        new("What was the name of your first school?", "Ysgol Penrhyncoch"),
        new("What is your mother's maiden name?", "Trefaldwyn"),
        new("In which town were you born?", "Aberystwyth"),
        new("What was the name of your first pet?", "Marmaduke"),
        new("What was the make of your first car?", "Studebaker"),
        new("What is your favourite food?", "Bara brith"),
        new("Which street did you grow up on?", "Penglais Road"),
    ];

    public static void Add(CaseworkDbContext db, ICallerSecretHasher hasher, DateTimeOffset at)
    {
        var by = new Actor("000000", "Demo data", TeamCodes.EmployerPayments, new HashSet<string>(StringComparer.Ordinal));
        Client[] clients =
        [
            new(ReceivingParentScin, "Jamie Clarke", ClientRole.ReceivingParent, PreferredLanguage.English, Region.EnglandAndWales),
            new(PayingParentScin, "Morgan Hale", ClientRole.PayingParent, PreferredLanguage.English, Region.EnglandAndWales),
            new(WelshPayingParentScin, "Rhys Bevan", ClientRole.PayingParent, PreferredLanguage.Welsh, Region.EnglandAndWales),
        ];
        foreach (var client in clients)
        {
            client.SetUpSecurity(Secrets(hasher), by, at);
        }

        DemoClientWork.AddAddresses(clients, by, at);

        db.Clients.AddRange(clients);
        db.ClientCases.AddRange(
            new ClientCase("CASE-0001", PayingParentScin, ReceivingParentScin,
                [new QualifyingChild("Ava Clarke", new DateOnly(2015, 6, 14))],
                Owner.ForStaff("100002", "Dev Patel", TeamCodes.EmployerPayments)),
            new ClientCase("CASE-0002", WelshPayingParentScin, ReceivingParentScin,
                [new QualifyingChild("Osian Bevan", new DateOnly(2018, 9, 3)), new QualifyingChild("Cerys Bevan", new DateOnly(2020, 1, 22))],
                Owner.ForTeam(TeamCodes.GeneralInboundCallHandling)));

        db.Representatives.Add(Representative.SetUp(
            new SetUpRepresentative(RepresentativeTrn, "Pat Proxy", ReceivingParentScin, true, null, RepresentativeAddress), Secrets(hasher), by, at).Value!);
        db.Representatives.Add(Representative.SetUp(
            new SetUpRepresentative(EmployerRepresentativeTrn, "Northgate Logistics Ltd (payroll)", PayingParentScin, false, EmployerRepresentativeErn),
            null, by, at).Value!);
        // New representatives get TRNs after the demo ones.
        db.Counters.Find(Infrastructure.ReferenceNumbers.Representative)!.Value = 55_500_002;
        DemoClientWork.AddServiceRequests(db, by, at);
    }

    private static CallerSecrets Secrets(ICallerSecretHasher hasher) =>
        CallerSecrets.Create(new CallerSecretsInput(Pin, Password, Questions), hasher).Value!;
}
