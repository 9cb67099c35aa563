using System.Text.Json;
using System.Text.Json.Serialization;
using Casework.Domain.Contact;
using Casework.Domain.Organisation;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Data;

/// <summary>
/// Data every installation needs, demo or production: the SR catalogue (SR-02) and the teams the
/// procedures route to. Adding a catalogue entry is an edit to Seed/service-request-catalogue.json.
/// Idempotent: existing rows are left alone.
/// </summary>
public static class ReferenceData
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record CatalogueEntry(
        string Process, string Area, string SubArea, bool EmployerOnly, int TargetWorkingDays, string Team, string[] Activities,
        PartyKind[]? PartyKinds = null, ContactReason? ChangeOfCircumstances = null)
    {
        public IReadOnlyList<PartyKind> Parties => PartyKinds ?? ServiceRequestType.DefaultPartyKinds(EmployerOnly);
    }

    private sealed record TeamEntry(string Code, string Name);

    public static async Task SeedAsync(CaseworkDbContext db, CancellationToken ct)
    {
        var teams = await db.Teams.Select(t => t.Code).ToListAsync(ct);
        foreach (var team in Load<TeamEntry>("teams.json").Where(t => !teams.Contains(t.Code)))
        {
            db.Teams.Add(new Team(team.Code, team.Name));
        }

        var types = await db.ServiceRequestTypes.ToListAsync(ct);
        foreach (var entry in Load<CatalogueEntry>("service-request-catalogue.json"))
        {
            if (types.FirstOrDefault(t => t.Matches(entry.Process, entry.Area, entry.SubArea)) is { } existing)
            {
                // SR-09: party kinds and the change recorded were added to the catalogue later; existing rows catch up.
                existing.UpdateFromCatalogue(entry.Parties, entry.ChangeOfCircumstances);
                continue;
            }

            db.ServiceRequestTypes.Add(new ServiceRequestType(
                entry.Process, entry.Area, entry.SubArea, entry.EmployerOnly, entry.TargetWorkingDays, entry.Team, entry.Activities,
                entry.Parties, entry.ChangeOfCircumstances));
        }

        var counters = await db.Counters.Select(c => c.Name).ToListAsync(ct);
        db.Counters.AddRange(ReferenceNumbers.Seeds().Where(c => !counters.Contains(c.Name)));
        foreach (var lease in new[] { Infrastructure.Letters.LetterBatch.LeaseName, Features.EmployerComplaints.ComplaintDeadlineJob.LeaseName })
        {
            if (!await db.JobLeases.AnyAsync(l => l.Name == lease, ct))
            {
                db.JobLeases.Add(new JobLease { Name = lease });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static List<T> Load<T>(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "Seed", file);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<T>>(stream, _json) ?? [];
    }
}
