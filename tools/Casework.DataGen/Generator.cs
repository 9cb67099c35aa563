using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Casework.DataGen;

/// <summary>A member of staff who can own SRs: the demo staff the app seeded, and those generated here.</summary>
internal sealed record StaffMember(string StaffNumber, string Name, string TeamCode)
{
    public string Label => $"{Name} ({StaffNumber})";
}

/// <summary>
/// Rerunnable: every run first removes what an earlier run generated (service requests, complaints and outcome
/// records are truncated — the demo data has none; generated parties, staff and teams are deleted by their key
/// ranges), so the demo organisation stays and the result is the same for the same seed and scale.
/// </summary>
internal sealed class Generator(Options options)
{
    public const string TeamPrefix = "AREA-";
    public const int FirstStaffNumber = 200_001;
    public const int FirstErn = 20_000_001;
    public const int FirstEarn = 91_000_001;
    public const int FirstScin = 600_000_001;
    public const int FirstSrNumber = 1_000_001;

    public static readonly string[] CaseloadTables =
    [
        "\"ServiceRequests\"", "\"Activity\"", "\"Note\"", "\"EmployerComplaints\"", "\"ResolutionPlanLines\"", "\"ResolutionPlanRevisions\"",
        "\"ComplaintRecords\"", "\"ComplaintIssues\"", "\"InvestigationSteps\"",
    ];

    public static readonly string[] PartyTables = ["\"Employers\"", "\"Agents\"", "\"Clients\"", "\"ClientCases\""];

    public async Task RunAsync()
    {
        var watch = Stopwatch.StartNew();
        var builder = new NpgsqlConnectionStringBuilder(options.Connection) { CommandTimeout = 0, MaxPoolSize = 20 };
        await using var data = NpgsqlDataSource.Create(builder.ConnectionString);
        await using (var conn = await data.OpenConnectionAsync())
        {
            await BulkLoad.ExecuteAsync(conn, $"TRUNCATE {string.Join(", ", CaseloadTables)} RESTART IDENTITY");
            await BulkLoad.ExecuteAsync(conn, string.Create(CultureInfo.InvariantCulture, $"""
                DELETE FROM "ClientCases" WHERE "CaseNumber" LIKE 'GEN-%';
                DELETE FROM "Clients" WHERE "Scin" >= '{FirstScin}' AND "Scin" < '700000000';
                DELETE FROM "Agents" WHERE "Earn" >= '{FirstEarn}' AND "Earn" < '99999999';
                DELETE FROM "Employers" WHERE "Ern" >= '{FirstErn}' AND "Ern" < '29999999';
                DELETE FROM "Staff" WHERE "StaffNumber" >= '{FirstStaffNumber}' AND "StaffNumber" < '299999';
                DELETE FROM "Teams" WHERE "Code" LIKE '{TeamPrefix}%';
                """));
        }

        Progress.Done("removed what an earlier run generated", watch);
        var random = new Random(options.Seed);
        var staff = await StaffAsync(data, random);
        Progress.Done($"{staff.Count:N0} staff in {staff.Select(s => s.TeamCode).Distinct().Count()} teams", watch);

        var parties = new BulkLoad(data, PartyTables);
        await parties.DropIndexesAndKeysAsync();
        var regions = await new PartyLoader(data, options.Sizes, options.Seed, staff).LoadAsync();
        Progress.Done("employers, agents, clients and client cases copied", watch);
        await parties.RestoreAsync();
        Progress.Done("party indexes built and analysed", watch);

        var caseload = new BulkLoad(data, CaseloadTables);
        await caseload.DropIndexesAndKeysAsync();
        var counts = await new CaseloadLoader(data, options, staff, regions).LoadAsync();
        Progress.Done($"{counts} copied", watch);
        await caseload.RestoreAsync();
        Progress.Done("SR and complaint indexes and keys built and analysed", watch);

        await using (var conn = await data.OpenConnectionAsync())
        {
            // New SRs raised in the app continue after the generated references (the counter is the next-but-one).
            await BulkLoad.ExecuteAsync(conn, string.Create(CultureInfo.InvariantCulture,
                $"UPDATE \"Counters\" SET \"Value\" = {FirstSrNumber - 1 + options.Sizes.ServiceRequests} WHERE \"Name\" = 'SR'"));
            foreach (var table in CaseloadTables)
            {
                await BulkLoad.ExecuteAsync(conn,
                    $"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), COALESCE((SELECT max(\"Id\") FROM {table}), 0) + 1, false)");
            }
        }
    }

    /// <summary>Generated teams and staff (owners of SRs); the app's own teams and demo staff come first.</summary>
    private async Task<List<StaffMember>> StaffAsync(NpgsqlDataSource data, Random random)
    {
        var teams = Enumerable.Range(1, options.Sizes.GeneratedTeams)
            .Select(i => (Code: string.Create(CultureInfo.InvariantCulture, $"{TeamPrefix}{i:D2}"), Name: string.Create(CultureInfo.InvariantCulture, $"Caseworking area {i:D2} ({Words.Sites[i % Words.Sites.Length]})")))
            .ToList();
        var staff = new List<StaffMember>();
        await using var conn = await data.OpenConnectionAsync();
        await using (var cmd = new NpgsqlCommand("SELECT \"StaffNumber\", \"Name\", \"TeamCode\" FROM \"Staff\" ORDER BY \"StaffNumber\"", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                staff.Add(new StaffMember(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        await using (var writer = await conn.BeginBinaryImportAsync("COPY \"Teams\" (\"Code\", \"Name\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var team in teams)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(team.Code, NpgsqlDbType.Text);
                await writer.WriteAsync(team.Name, NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await conn.BeginBinaryImportAsync(
            "COPY \"Staff\" (\"StaffNumber\", \"Name\", \"Site\", \"TeamCode\", \"Extension\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < options.Sizes.Staff; i++)
            {
                var team = TeamOfStaff(i, teams);
                var member = new StaffMember((FirstStaffNumber + i).ToString(CultureInfo.InvariantCulture),
                    $"{random.Pick(Words.Forenames)} {random.Pick(Words.Surnames)}", team);
                staff.Add(member);
                await writer.StartRowAsync();
                await writer.WriteAsync(member.StaffNumber, NpgsqlDbType.Text);
                await writer.WriteAsync(member.Name, NpgsqlDbType.Text);
                await writer.WriteAsync(random.Pick(Words.Sites), NpgsqlDbType.Text);
                await writer.WriteAsync(member.TeamCode, NpgsqlDbType.Text);
                await writer.WriteAsync((5000 + (i % 5000)).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        return staff;
    }

    /// <summary>10 % of generated staff in employer payments, a few in the other seeded teams, the rest spread over the areas.</summary>
    private static string TeamOfStaff(int i, List<(string Code, string Name)> teams) => (i % 100) switch
    {
        < 10 => Casework.Domain.Organisation.TeamCodes.EmployerPayments,
        < 13 => Casework.Domain.Organisation.TeamCodes.EscalatedComplaints,
        < 18 => Casework.Domain.Organisation.TeamCodes.GeneralInboundCallHandling,
        < 19 => Casework.Domain.Organisation.TeamCodes.WelshLanguageUnit,
        < 20 => Casework.Domain.Organisation.TeamCodes.SubjectAccess,
        _ => teams[i % teams.Count].Code,
    };
}
