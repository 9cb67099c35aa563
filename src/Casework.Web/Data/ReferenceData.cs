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
/// procedures route to, the reference-number counters and the job leases. Adding a catalogue entry is an edit to
/// Seed/service-request-catalogue.json. Idempotent: existing rows are left alone. OPS-04: a hash of the seed inputs is
/// stored in <see cref="ReferenceDataStamp"/>, and a start whose inputs hash the same skips the seeding (one read).
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

    /// <summary>The stamp's name for this set of reference data.</summary>
    public const string StampName = "ReferenceData";

    /// <summary>Bump when the seeding code below changes what it writes, so every database is seeded again once.</summary>
    private const int SeedingVersion = 1;

    private const string TeamsFile = "teams.json";
    private const string CatalogueFile = "service-request-catalogue.json";

    private static readonly string[] _leases =
        [Infrastructure.Letters.LetterBatch.LeaseName, Features.EmployerComplaints.ComplaintDeadlineJob.LeaseName];

    /// <summary>
    /// Seeds the reference data unless the database's stamp says these very inputs were applied already; true when it
    /// seeded.
    /// </summary>
    public static async Task<bool> SeedAsync(CaseworkDbContext db, DateTimeOffset at, CancellationToken ct)
    {
        var teamsJson = await ReadAsync(TeamsFile, ct);
        var catalogueJson = await ReadAsync(CatalogueFile, ct);
        var hash = Hash(teamsJson, catalogueJson);
        var stamp = await db.ReferenceDataStamps.FirstOrDefaultAsync(s => s.Name == StampName, ct);
        if (stamp?.Hash == hash)
        {
            return false;
        }

        Seed(db, await db.Teams.Select(t => t.Code).ToListAsync(ct), Parse<TeamEntry>(teamsJson),
            await db.ServiceRequestTypes.ToListAsync(ct), Parse<CatalogueEntry>(catalogueJson),
            await db.Counters.Select(c => c.Name).ToListAsync(ct),
            await db.JobLeases.Select(l => l.Name).ToListAsync(ct));
        if (stamp is null)
        {
            db.ReferenceDataStamps.Add(new ReferenceDataStamp { Name = StampName, Hash = hash, AppliedAt = at });
        }
        else
        {
            stamp.Hash = hash;
            stamp.AppliedAt = at;
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The hash of everything <see cref="SeedAsync"/> writes: the seed files, the counters, the leases and the code's version.</summary>
    public static string CurrentHash() =>
        Hash(File.ReadAllBytes(SeedPath(TeamsFile)), File.ReadAllBytes(SeedPath(CatalogueFile)));

    private static string Hash(byte[] teamsJson, byte[] catalogueJson)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var facts = string.Join('\n', new[] { $"version={SeedingVersion}" }
            .Concat(ReferenceNumbers.Seeds().Select(c => $"counter:{c.Name}={c.Value}"))
            .Concat(_leases.Select(l => $"lease:{l}")));
        foreach (var part in new[] { System.Text.Encoding.UTF8.GetBytes(facts), teamsJson, catalogueJson })
        {
            // Each part's length first, so moving bytes from one part to the next changes the hash.
            sha.AppendData(BitConverter.GetBytes((long)part.Length));
            sha.AppendData(part);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void Seed(CaseworkDbContext db, List<string> teams, List<TeamEntry> teamEntries,
        List<ServiceRequestType> types, List<CatalogueEntry> catalogue, List<string> counters, List<string> leases)
    {
        foreach (var team in teamEntries.Where(t => !teams.Contains(t.Code)))
        {
            db.Teams.Add(new Team(team.Code, team.Name));
        }

        foreach (var entry in catalogue)
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

        db.Counters.AddRange(ReferenceNumbers.Seeds().Where(c => !counters.Contains(c.Name)));
        db.JobLeases.AddRange(_leases.Where(l => !leases.Contains(l)).Select(l => new JobLease { Name = l }));
    }

    private static string SeedPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "Seed", file);

    private static Task<byte[]> ReadAsync(string file, CancellationToken ct) => File.ReadAllBytesAsync(SeedPath(file), ct);

    private static List<T> Parse<T>(byte[] json) => JsonSerializer.Deserialize<List<T>>(json, _json) ?? [];
}
