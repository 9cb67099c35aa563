using System.Reflection;
using Casework.Domain.Organisation;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-02 / SR-03 / SR-04: the seeded catalogue file holds the procedures' combinations, flags and plans.</summary>
public sealed class CatalogueDataTests
{
    /// <summary>Every Process / Area / Sub Area the procedures ([001], [000], [003]) tell a caseworker to pick.</summary>
    public static TheoryData<string, string, string> NamedInTheProcedures() => new()
    {
        { "Employer", "Info Requested", "Send Literature" },
        { "Employer", "Info Requested", "Update Procedures" },
        { "Employer", "Info Requested", "Self Service Usage" },
        { "Employer", "Info Requested", "Self Service IT" },
        { "Employer", "Update Details", "Update Employer Details" },
        { "Employer", "Update Details", "Update Agent Details" },
        { "Employer", "Update Details", "Link Agent" },
        { "Employer", "Update Details", "Remove Agent" },
        { "Employer", "Info Provided", "Capture and Route Client Details" },
        { "Payments", "One Off Payment", "Employer Credit/Debit Card" },
        { "Employer", "DEO Schedule", "Update" },
        { "Employer", "Info Request", "Statement Request" },
        { "Employer", "Complaints", "Resolution" },
        { "Employer", "Complaints", "Review" },
        { "Employer", "Account Manager", "Allocate" },
        { "Employer", "Account Manager", "Change" },
        { "Employer", "Account Manager", "Remove" },
    };

    // SR-03 names self service, complaints, link agent and remove agent; the account-manager
    // referrals of [003] are about the employer's own account, so they are employer-only too.
    private static readonly (string, string, string)[] _employerOnly =
    [
        ("Employer", "Info Requested", "Self Service Usage"),
        ("Employer", "Info Requested", "Self Service IT"),
        ("Employer", "Complaints", "Resolution"),
        ("Employer", "Complaints", "Review"),
        ("Employer", "Update Details", "Link Agent"),
        ("Employer", "Update Details", "Remove Agent"),
        ("Employer", "Account Manager", "Allocate"),
        ("Employer", "Account Manager", "Change"),
        ("Employer", "Account Manager", "Remove"),
    ];

    [Theory]
    [MemberData(nameof(NamedInTheProcedures))]
    public void SR02_every_combination_the_procedures_name_is_in_the_catalogue(string process, string area, string subArea) =>
        Assert.Contains(CatalogueFile.Entries, e => e.ToType().Matches(process, area, subArea));

    [Fact]
    public void SR02_each_combination_appears_once()
    {
        var keys = CatalogueFile.Entries.Select(e => e.ToType().ToString().ToUpperInvariant()).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SR03_exactly_the_employer_only_combinations_are_flagged()
    {
        var flagged = CatalogueFile.Entries.Where(e => e.EmployerOnly).Select(e => e.Combination).Order();

        Assert.Equal(_employerOnly.Order(), flagged);
    }

    [Fact]
    public void SR04_every_entry_has_an_activity_plan_a_positive_target_and_a_known_team()
    {
        var teams = typeof(TeamCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(CatalogueFile.Entries, e =>
        {
            Assert.NotEmpty(e.Activities);
            Assert.All(e.Activities, a => Assert.False(string.IsNullOrWhiteSpace(a)));
            Assert.True(e.TargetWorkingDays > 0, $"{e.Combination} has target {e.TargetWorkingDays}");
            Assert.Contains(e.Team, teams);
        });
    }

    [Fact]
    public void SR04_every_catalogue_type_raises_with_its_plan_for_an_employer()
    {
        Assert.All(CatalogueFile.Entries, e =>
        {
            var sr = AServiceRequest().OfType(e.ToType()).ForEmployer().Raise();

            Assert.Equal(e.Activities, sr.Activities.Select(a => a.Name));
            Assert.Equal((e.Process, e.Area, e.SubArea), (sr.Process, sr.Area, sr.SubArea));
        });
    }

    [Fact]
    public void SR03_every_employer_only_catalogue_type_is_refused_for_an_agent()
    {
        Assert.All(CatalogueFile.Entries, e =>
        {
            var result = AServiceRequest().OfType(e.ToType()).ForAgent().RaisedByAgent().TryRaise();

            Assert.Equal(e.EmployerOnly, !result.IsSuccess);
        });
    }
}
