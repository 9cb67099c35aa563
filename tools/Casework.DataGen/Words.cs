namespace Casework.DataGen;

/// <summary>Word lists for plausible names and addresses; combined they give tens of thousands of distinct names.</summary>
internal static class Words
{
    public static readonly string[] Places =
    [
        "Northgate", "Harbour", "Pennine", "Severn", "Clyde", "Mersey", "Lagan", "Cairn", "Thistle", "Dragon",
        "Oakfield", "Riverside", "Bridgewater", "Kingsway", "Highland", "Valley", "Castle", "Summit", "Meadow", "Granite",
        "Ashford", "Beacon", "Coastal", "Derwent", "Elmwood", "Foxley", "Glenmore", "Hawthorn", "Ironbridge", "Juniper",
        "Kestrel", "Lakeside", "Moorland", "Newbridge", "Orchard", "Parkway", "Quayside", "Redwood", "Stonegate", "Tamar",
        "Usk", "Vale", "Westfield", "Yarrow", "Abbey", "Brook", "Cedar", "Dunmore", "Eastway", "Fairview",
        "Greenhill", "Heron", "Islay", "Jubilee", "Kelvin", "Lomond", "Marlow", "Nevis", "Ocean", "Pentland",
        "Rowan", "Saxon", "Tay", "Union", "Victoria", "Wessex", "York", "Albion", "Bramble", "Crown",
    ];

    public static readonly string[] Trades =
    [
        "Logistics", "Foods", "Care Homes", "Engineering", "Retail", "Construction", "Haulage", "Bakeries",
        "Security", "Hospitality", "Manufacturing", "Cleaning", "Motors", "Print", "Dental", "Pharmacy",
        "Plumbing", "Electrical", "Catering", "Recruitment", "Nurseries", "Garden Centres", "Hotels", "Farms",
        "Joinery", "Roofing", "Windows", "Transport", "Couriers", "Builders Merchants", "Timber", "Steel",
        "Textiles", "Brewery", "Distillery", "Fisheries", "Dairies", "Software", "Accountancy", "Solicitors",
    ];

    public static readonly string[] Suffixes = ["Ltd", "plc", "Group", "Services", "& Sons", "LLP", "Holdings", "UK"];

    public static readonly string[] Forenames =
    [
        "Gareth", "Lisa", "Craig", "Emma", "Wayne", "Kelly", "Darren", "Nicola", "Lee", "Joanne", "Paul", "Claire",
        "Aled", "Fiona", "Niall", "Sarah", "Mark", "Siobhan", "Rhys", "Megan", "Callum", "Eilidh", "Connor", "Aoife",
        "James", "Olivia", "Thomas", "Amelia", "Daniel", "Chloe", "Ryan", "Sophie", "Jamie", "Hannah", "Liam", "Grace",
        "Owen", "Ffion", "Dylan", "Cerys", "Kieran", "Laura", "Scott", "Rachel", "Adam", "Zoe", "Imran", "Aisha",
    ];

    public static readonly string[] Surnames =
    [
        "Jones", "Smith", "Williams", "Brown", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes",
        "Campbell", "Stewart", "Murray", "MacDonald", "O'Neill", "Kelly", "Doherty", "Quinn", "Patel", "Khan", "Begum", "Ali",
        "Wilson", "Johnson", "Clarke", "Green", "Hall", "Wood", "Harris", "Lewis", "Morgan", "Price", "Griffiths", "Edwards",
        "Robinson", "Thompson", "White", "Jackson", "Martin", "Baker", "Turner", "Hill", "Moore", "Ward", "Cooper", "Watson",
    ];

    public static readonly (string Town, string Postcode, Casework.Domain.Calendar.Region Region)[] Towns =
    [
        ("Manchester", "M1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Liverpool", "L2", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Leeds", "LS1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Bristol", "BS1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Birmingham", "B1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Newcastle", "NE1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Plymouth", "PL1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("London", "EC1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Norwich", "NR1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Sheffield", "S1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Cardiff", "CF10", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Swansea", "SA1", Casework.Domain.Calendar.Region.EnglandAndWales),
        ("Glasgow", "G1", Casework.Domain.Calendar.Region.Scotland),
        ("Edinburgh", "EH1", Casework.Domain.Calendar.Region.Scotland),
        ("Dundee", "DD1", Casework.Domain.Calendar.Region.Scotland),
        ("Belfast", "BT1", Casework.Domain.Calendar.Region.NorthernIreland),
        ("Derry", "BT48", Casework.Domain.Calendar.Region.NorthernIreland),
    ];

    public static readonly string[] Sites = ["Bootle", "Hastings", "Dundee", "Belfast", "Plymouth", "Birkenhead", "Falkirk", "Newcastle"];

    public static readonly string[] ResolutionTypes =
        ["Apology", "Explanation", "CorrectDeductionSchedule", "AmendDeo", "AllocatePayment", "UpdateEmployerRecord", "Refund", "FinancialRedress", "StaffFeedback", "Other"];

    public static readonly string[] Remedies = ["Apology", "Explanation", "CorrectiveAction", "FinancialRedress", "Refund", "NoRemedy"];

    public static readonly string[] NoteTexts =
    [
        "Called the employer; payroll confirmed the details.", "Left a voicemail for the payroll contact.",
        "Letter received and scanned.", "Checked the payment schedule against the DEO.", "Client called for an update.",
        "Referred to the team leader for advice.", "E-mail sent with the information requested.",
    ];

    public static T Pick<T>(this Random random, T[] items) => items[random.Next(items.Length)];
}
