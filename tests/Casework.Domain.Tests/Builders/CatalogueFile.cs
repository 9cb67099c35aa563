using System.Text.Json;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.Builders;

/// <summary>One line of the seeded SR catalogue, as the JSON file has it.</summary>
public sealed record CatalogueEntry(
    string Process,
    string Area,
    string SubArea,
    bool EmployerOnly,
    int TargetWorkingDays,
    string Team,
    IReadOnlyList<string> Activities)
{
    public (string Process, string Area, string SubArea) Combination => (Process, Area, SubArea);

    public ServiceRequestType ToType() => new(Process, Area, SubArea, EmployerOnly, TargetWorkingDays, Team, Activities);
}

/// <summary>Reads the seeded catalogue (SR-02) from the web project, found from the repository root.</summary>
public static class CatalogueFile
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<List<CatalogueEntry>> _entries = new(Load);

    public static IReadOnlyList<CatalogueEntry> Entries => _entries.Value;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Casework.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test output holds Casework.slnx.");
    }

    private static List<CatalogueEntry> Load()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Casework.Web", "Data", "Seed", "service-request-catalogue.json");
        return JsonSerializer.Deserialize<List<CatalogueEntry>>(File.ReadAllText(path), _options)
            ?? throw new InvalidOperationException($"{path} is empty.");
    }
}
