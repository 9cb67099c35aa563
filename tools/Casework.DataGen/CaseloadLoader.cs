using System.Globalization;
using Casework.Domain.Calendar;
using Casework.Domain.Organisation;
using Npgsql;
using NpgsqlTypes;

namespace Casework.DataGen;

/// <summary>A catalogue entry as the app seeded it (ServiceRequestTypes).</summary>
internal sealed record SrType(string Process, string Area, string SubArea, int TargetWorkingDays, string Team, string[] Activities, string[] Parties);

/// <summary>
/// Service requests with their activities and notes, and for about 3 % of them an employer complaint (procedure 000)
/// at one of its steps, with plan lines (refunds and redress), deadlines (some breached) and, once resolved, a
/// complaint record with issue outcomes (OUT-03). Spread: 8 % open (created in the last four months, the most recent
/// the most likely), the rest closed over seven years; 40 % owned by employer payments, where the demo caseworker
/// (100001) holds about an eighth of the open work; the rest over the areas and the other teams.
/// </summary>
internal sealed partial class CaseloadLoader(NpgsqlDataSource data, Options options, List<StaffMember> staff, Region[] regions)
{
    private const double OpenShare = 0.08;
    private const double ComplaintShareOfEmployerSrs = 0.055;
    private static readonly string[] _openStatuses = ["Open", "InProgress", "InProgress", "InProgress", "Wait", "PendingAssignment", "PendingAssignment", "Open"];
    private readonly Random _r = new(options.Seed + 10);
    private readonly DateOnly _today = DateOnly.FromDateTime(options.Now.UtcDateTime);
    private Importers _w = null!;
    private Dictionary<string, StaffMember[]> _staffByTeam = [];
    private readonly Dictionary<string, StaffMember> _staffByNumber = staff.ToDictionary(s => s.StaffNumber);
    private string[] _areaTeams = [];
    private long _activities;
    private long _notes;
    private long _complaints;
    private long _records;

    public async Task<string> LoadAsync()
    {
        var types = await TypesAsync();
        _staffByTeam = staff.GroupBy(s => s.TeamCode).ToDictionary(g => g.Key, g => g.ToArray());
        _areaTeams = [.. _staffByTeam.Keys.Where(k => k.StartsWith(Generator.TeamPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        var employerTypes = types.Where(t => t.Parties.Contains("Employer") && t.Area != "Complaints").ToArray();
        var agentTypes = types.Where(t => t.Parties.Contains("Agent")).ToArray();
        var clientTypes = types.Where(t => t.Parties.Contains("Client")).ToArray();
        var resolution = types.Single(t => t is { Process: "Employer", Area: "Complaints", SubArea: "Resolution" });
        var review = types.Single(t => t is { Process: "Employer", Area: "Complaints", SubArea: "Review" });

        await using (_w = await Importers.OpenAsync(data))
        {
            for (var id = 1; id <= options.Sizes.ServiceRequests; id++)
            {
                var party = _r.Next(100);
                if (party < 55)
                {
                    var employer = SkewedEmployer();
                    if (_r.NextDouble() < ComplaintShareOfEmployerSrs)
                    {
                        Complaint(id, employer, _r.Next(100) < 15 ? review : resolution);
                    }
                    else
                    {
                        Plain(id, _r.Pick(employerTypes), "Employer", (Generator.FirstErn + employer).ToString(CultureInfo.InvariantCulture), null, null);
                    }
                }
                else if (party < 65)
                {
                    Plain(id, _r.Pick(agentTypes), "Agent", null, (Generator.FirstEarn + _r.Next(options.Sizes.Agents)).ToString(CultureInfo.InvariantCulture), null);
                }
                else
                {
                    Plain(id, _r.Pick(clientTypes), "Client", null, null, (Generator.FirstScin + _r.Next(options.Sizes.Clients)).ToString(CultureInfo.InvariantCulture));
                }
            }

            _w.Complete();
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{options.Sizes.ServiceRequests:N0} SRs, {_activities:N0} activities, {_notes:N0} notes, {_complaints:N0} employer complaints, {_records:N0} complaint records");
    }

    /// <summary>Large employers raise far more SRs than small ones: the index is skewed towards the first employers.</summary>
    private int SkewedEmployer()
    {
        var u = _r.NextDouble();
        return (int)(options.Sizes.Employers * u * u);
    }

    private async Task<SrType[]> TypesAsync()
    {
        await using var conn = await data.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT \"Process\", \"Area\", \"SubArea\", \"TargetWorkingDays\", \"DefaultTeamCode\", \"ActivityTemplate\", \"PartyKinds\" FROM \"ServiceRequestTypes\" ORDER BY \"Id\"", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var types = new List<SrType>();
        while (await reader.ReadAsync())
        {
            types.Add(new SrType(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6)));
        }

        return [.. types];
    }

    /// <summary>Where an SR is now: open ones recent, closed ones over seven years.</summary>
    private (DateTimeOffset Created, DateTimeOffset? Closed) Dates(bool open)
    {
        var age = open ? (int)(120 * Math.Pow(_r.NextDouble(), 2)) : 1 + _r.Next(7 * 365);
        var created = WorkingMoment(_today.AddDays(-age));
        if (open)
        {
            return (created > options.Now ? options.Now.AddHours(-1) : created, null);
        }

        var closed = created.AddDays(Math.Min(age - 1, _r.Next(1, 35))).AddHours(_r.Next(0, 4));
        return (created, closed > options.Now ? options.Now : closed);
    }

    private DateTimeOffset WorkingMoment(DateOnly day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(_r.Next(0, 9 * 60));
    }

    private static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var d = from;
        while (days > 0)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return d;
    }

    /// <summary>The team that holds an SR: employer payments 40 %, the other seeded teams a little, the areas the rest.</summary>
    private string Team() => _r.Next(100) switch
    {
        < 40 => TeamCodes.EmployerPayments,
        < 41 => TeamCodes.EscalatedComplaints,
        < 46 => TeamCodes.GeneralInboundCallHandling,
        < 47 => TeamCodes.WelshLanguageUnit,
        < 48 => TeamCodes.SubjectAccess,
        _ => _areaTeams[_r.Next(_areaTeams.Length)],
    };

    /// <summary>A caseworker in the team; in employer payments the demo caseworkers hold a good share.</summary>
    private StaffMember Owner(string team)
    {
        var members = _staffByTeam[team];
        if (team == TeamCodes.EmployerPayments)
        {
            var pick = _r.Next(100);
            var demo = pick switch { < 12 => "100001", < 14 => "100002", < 16 => "100030", < 18 => "100031", < 19 => "100050", _ => null };
            if (demo is not null && _staffByNumber.TryGetValue(demo, out var member))
            {
                return member;
            }
        }

        return members[_r.Next(members.Length)];
    }

    private static string Reference(int id) => "SR" + (Generator.FirstSrNumber - 1 + id).ToString("D8", CultureInfo.InvariantCulture);
}
