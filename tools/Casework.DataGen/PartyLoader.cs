using System.Globalization;
using Casework.Domain.Calendar;
using Npgsql;
using NpgsqlTypes;

namespace Casework.DataGen;

/// <summary>Employers (ERN from 20000001), agents (EARN from 91000001), clients (SCIN from 600000001) in pairs with a case each.</summary>
internal sealed class PartyLoader(NpgsqlDataSource data, Sizes sizes, int seed, List<StaffMember> staff)
{
    /// <summary>Copies the parties, one table per connection in parallel; returns each generated employer's region.</summary>
    public async Task<Region[]> LoadAsync()
    {
        var regions = new Region[sizes.Employers];
        await Task.WhenAll(
            Task.Run(() => Employers(regions)),
            Task.Run(Agents),
            Task.Run(Clients),
            Task.Run(Cases));
        return regions;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Phone(Random r) => Invariant($"0{r.Next(1000, 9999)} {r.Next(100000, 999999)}");

    private void Employers(Region[] regions)
    {
        var r = new Random(seed + 1);
        using var conn = data.OpenConnection();
        using var w = conn.BeginBinaryImport("""
            COPY "Employers" ("Ern", "Name", "Region", "PayrollAddress", "CompanyAddress", "Phones", "Fax", "PreferredFax", "Email",
              "ContactNames", "PayDay", "PayrollCutOffDay", "VoicemailAuthorised", "PreferredLanguage", "SegmentCode", "LetterFormat", "Version")
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < sizes.Employers; i++)
        {
            var (town, postcode, region) = r.Pick(Words.Towns);
            regions[i] = region;
            var place = r.Pick(Words.Places);
            var trade = r.Pick(Words.Trades);
            var welsh = postcode is "CF10" or "SA1" && r.Next(3) == 0;
            w.StartRow();
            w.Write((FirstErn + i).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            // A few in a hundred share a name with another employer, as real trading names do.
            w.Write(r.Next(100) < 3 ? $"{place} {trade} {Words.Suffixes[0]}" : Invariant($"{place} {trade} {r.Pick(Words.Suffixes)} {i % 997}"), NpgsqlDbType.Text);
            w.Write(region.ToString(), NpgsqlDbType.Text);
            w.Write(Invariant($"Payroll Dept, {r.Next(1, 300)} High Street, {town} {postcode} {r.Next(1, 9)}AB"), NpgsqlDbType.Text);
            w.Write(Invariant($"{r.Next(1, 300)} Market Street, {town} {postcode} {r.Next(1, 9)}CD"), NpgsqlDbType.Text);
            w.Write(new[] { Phone(r), Phone(r) }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.WriteNull();
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(Invariant($"payroll{i}@{place.ToLowerInvariant()}.example"), NpgsqlDbType.Text);
            w.Write(new[] { $"{r.Pick(Words.Forenames)} {r.Pick(Words.Surnames)}" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(r.Next(1, 29), NpgsqlDbType.Integer);
            w.Write(r.Next(1, 29), NpgsqlDbType.Integer);
            w.Write(r.Next(2) == 0, NpgsqlDbType.Boolean);
            w.Write(welsh ? "Welsh" : "English", NpgsqlDbType.Text);
            w.Write(Casework.Web.Data.DemoData.SegmentCode, NpgsqlDbType.Text);
            w.Write(r.Next(200) == 0 ? "LargePrint" : "Standard", NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
        }

        w.Complete();
    }

    private void Agents()
    {
        var r = new Random(seed + 2);
        using var conn = data.OpenConnection();
        using var w = conn.BeginBinaryImport("""
            COPY "Agents" ("Earn", "Name", "AddressLine1", "Postcode", "Phone", "Email", "EmployerErns", "Version") FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < sizes.Agents; i++)
        {
            var (_, postcode, _) = r.Pick(Words.Towns);
            var erns = Enumerable.Range(0, r.Next(1, 6)).Select(_ => (FirstErn + r.Next(sizes.Employers)).ToString(CultureInfo.InvariantCulture)).Distinct().ToArray();
            w.StartRow();
            w.Write((FirstEarn + i).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            w.Write(Invariant($"{r.Pick(Words.Places)} Payroll Bureau {i % 991}"), NpgsqlDbType.Text);
            w.Write(Invariant($"{r.Next(1, 90)} Station Road"), NpgsqlDbType.Text);
            w.Write(Invariant($"{postcode} {r.Next(1, 9)}EF"), NpgsqlDbType.Text);
            w.Write(Phone(r), NpgsqlDbType.Text);
            w.Write(Invariant($"bureau{i}@payroll.example"), NpgsqlDbType.Text);
            w.Write(erns, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
        }

        w.Complete();
    }

    private void Clients()
    {
        var r = new Random(seed + 3);
        using var conn = data.OpenConnection();
        using var w = conn.BeginBinaryImport("""
            COPY "Clients" ("Scin", "Name", "Role", "PreferredLanguage", "Region", "Version", "AddressLine1", "LetterFormat", "Phone", "Postcode")
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < sizes.Clients; i++)
        {
            var (town, postcode, region) = r.Pick(Words.Towns);
            w.StartRow();
            w.Write((FirstScin + i).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            w.Write($"{r.Pick(Words.Forenames)} {r.Pick(Words.Surnames)}", NpgsqlDbType.Text);
            w.Write(i % 2 == 0 ? "PayingParent" : "ReceivingParent", NpgsqlDbType.Text);
            w.Write(postcode is "CF10" or "SA1" && r.Next(4) == 0 ? "Welsh" : "English", NpgsqlDbType.Text);
            w.Write(region.ToString(), NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write(Invariant($"{r.Next(1, 200)} {r.Pick(Words.Places)} Road, {town}"), NpgsqlDbType.Text);
            w.Write(r.Next(300) == 0 ? "LargePrint" : "Standard", NpgsqlDbType.Text);
            w.Write(Invariant($"07{r.Next(100, 999)} {r.Next(100000, 999999)}"), NpgsqlDbType.Text);
            w.Write(Invariant($"{postcode} {r.Next(1, 9)}GH"), NpgsqlDbType.Text);
        }

        w.Complete();
    }

    /// <summary>Clients 2k and 2k+1 are the paying and receiving parents of one case, owned by a caseworker.</summary>
    private void Cases()
    {
        var r = new Random(seed + 4);
        var owners = staff.Where(s => s.TeamCode.StartsWith(Generator.TeamPrefix, StringComparison.Ordinal)).ToArray();
        using var conn = data.OpenConnection();
        using var w = conn.BeginBinaryImport("""
            COPY "ClientCases" ("CaseNumber", "PayingParentScin", "ReceivingParentScin", "Version", "OwnerKind", "OwnerName", "OwnerStaffNumber", "OwnerTeamCode")
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < sizes.Clients / 2; i++)
        {
            var owner = r.Pick(owners);
            w.StartRow();
            w.Write(Invariant($"GEN-{i + 1:D7}"), NpgsqlDbType.Text);
            w.Write((FirstScin + (2 * i)).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            w.Write((FirstScin + (2 * i) + 1).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write("Staff", NpgsqlDbType.Text);
            w.Write(owner.Name, NpgsqlDbType.Text);
            w.Write(owner.StaffNumber, NpgsqlDbType.Text);
            w.Write(owner.TeamCode, NpgsqlDbType.Text);
        }

        w.Complete();
    }

    private const int FirstErn = Generator.FirstErn;
    private const int FirstEarn = Generator.FirstEarn;
    private const int FirstScin = Generator.FirstScin;
}
