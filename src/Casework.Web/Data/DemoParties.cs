using System.Globalization;
using Casework.Domain.Calendar;
using Casework.Domain.Parties;

namespace Casework.Web.Data;

/// <summary>A few hundred plausible employers and agents, the same every time (fixed seed).</summary>
internal static class DemoParties
{
    private static readonly string[] _first =
    [
        "Northgate", "Harbour", "Pennine", "Severn", "Clyde", "Mersey", "Lagan", "Cairn", "Thistle", "Dragon",
        "Oakfield", "Riverside", "Bridgewater", "Kingsway", "Highland", "Valley", "Castle", "Summit", "Meadow", "Granite",
        "Ashford", "Beacon", "Coastal", "Derwent", "Elmwood", "Foxley", "Glenmore", "Hawthorn", "Ironbridge", "Juniper",
    ];

    private static readonly string[] _second =
    [
        "Logistics Ltd", "Foods plc", "Care Homes Ltd", "Engineering Ltd", "Retail Group", "Construction Ltd",
        "Haulage", "Bakeries Ltd", "Security Services", "Hospitality Ltd", "Manufacturing plc", "Cleaning Services",
    ];

    private static readonly string[] _towns =
    [
        "Manchester M1 1AA", "Liverpool L2 2BB", "Cardiff CF10 1AA", "Swansea SA1 1AA", "Glasgow G1 1AA",
        "Edinburgh EH1 1AA", "Belfast BT1 1AA", "Derry BT48 6AA", "Leeds LS1 1AA", "Bristol BS1 1AA",
    ];

    private static readonly string[] _people = ["Sarah Jones", "Mark Wilson", "Aled Roberts", "Fiona Campbell", "Niall O'Neill", "Joanne Smith"];

    public static void Add(CaseworkDbContext db)
    {
        var random = new Random(20261125);
        var employers = new List<Employer>();
        var number = 10_000_000;
        foreach (var first in _first)
        {
            foreach (var second in _second)
            {
                var town = _towns[random.Next(_towns.Length)];
                var region = town.Contains("BT", StringComparison.Ordinal) ? Region.NorthernIreland
                    : town.Contains("Glasgow", StringComparison.Ordinal) || town.Contains("Edinburgh", StringComparison.Ordinal) ? Region.Scotland
                    : Region.EnglandAndWales;
                var welsh = town.Contains("CF", StringComparison.Ordinal) || town.Contains("SA", StringComparison.Ordinal);
                var ern = (++number).ToString(CultureInfo.InvariantCulture);
                var details = new EmployerDetails(
                    $"{first} {second}",
                    region,
                    $"Payroll Dept, {random.Next(1, 200)} High Street, {town}",
                    $"{random.Next(1, 200)} Market Street, {town}",
                    [$"0{random.Next(1000, 9999)} {random.Next(100000, 999999)}", $"07{random.Next(100, 999)} {random.Next(100000, 999999)}"],
                    random.Next(3) == 0 ? $"0{random.Next(1000, 9999)} {random.Next(100000, 999999)}" : null,
                    random.Next(5) == 0,
                    $"payroll@{first.ToLowerInvariant()}-{second.Split(' ')[0].ToLowerInvariant()}.example",
                    [_people[random.Next(_people.Length)]],
                    random.Next(1, 29),
                    random.Next(1, 29),
                    random.Next(2) == 0,
                    welsh && random.Next(3) == 0 ? PreferredLanguage.Welsh : PreferredLanguage.English);
                employers.Add(new Employer(ern, details, DemoData.SegmentCode));
            }
        }

        db.Employers.AddRange(employers);
        for (var i = 0; i < 40; i++)
        {
            var town = _towns[random.Next(_towns.Length)];
            var agent = new Agent(
                (90_000_001 + i).ToString(CultureInfo.InvariantCulture),
                $"{_first[i % _first.Length]} Payroll Bureau",
                $"{random.Next(1, 90)} Station Road",
                town[(town.IndexOf(' ', StringComparison.Ordinal) + 1)..],
                $"0{random.Next(1000, 9999)} {random.Next(100000, 999999)}",
                $"bureau{i + 1}@payroll.example");
            foreach (var employer in employers.Skip(i * 7).Take(3))
            {
                agent.LinkEmployer(employer.Ern);
            }

            db.Agents.Add(agent);
        }

        AddDeos(db, employers);

        // Counters continue after the demo numbers so new records never clash with them.
        db.Counters.Find(Infrastructure.ReferenceNumbers.Employer)!.Value = number;
        db.Counters.Find(Infrastructure.ReferenceNumbers.Agent)!.Value = 90_000_040;
    }

    /// <summary>
    /// DEOs (P-04) so the account-manager criteria (AM-02) have something to count: the first 20 employers are large
    /// (25–120 active DEOs), the rest have a handful. Its own seed, so the employers above stay as they were.
    /// </summary>
    private static void AddDeos(CaseworkDbContext db, List<Employer> employers)
    {
        var random = new Random(20261126);
        string[] surnames = ["Jones", "Smith", "Williams", "Brown", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes"];
        string[] forenames = ["Gareth", "Lisa", "Craig", "Emma", "Wayne", "Kelly", "Darren", "Nicola", "Lee", "Joanne", "Paul", "Claire"];
        var schedules = Enum.GetValues<DeoSchedule>();
        for (var i = 0; i < employers.Count; i++)
        {
            var count = i < 20 ? random.Next(25, 121) : random.Next(0, 6);
            for (var n = 0; n < count; n++)
            {
                var deo = new Deo(
                    $"{forenames[random.Next(forenames.Length)]} {surnames[random.Next(surnames.Length)]}",
                    string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + random.Next(20))}{(char)('A' + random.Next(20))}{random.Next(100000, 999999)}{(char)('A' + random.Next(4))}"),
                    employers[i].Ern,
                    Math.Round(random.Next(1000, 40000) / 100m, 2),
                    schedules[random.Next(schedules.Length)]);
                if (i >= 20 && random.Next(4) == 0)
                {
                    deo.End(new DateOnly(2025, 1, 1).AddDays(random.Next(400)));
                }

                db.Deos.Add(deo);
            }
        }
    }
}
