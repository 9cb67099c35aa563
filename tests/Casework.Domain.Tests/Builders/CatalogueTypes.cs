using System.Globalization;
using Casework.Domain.Organisation;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Tests.Builders;

/// <summary>Catalogue entries (SR-02) made up for tests; the real ones are in <see cref="CatalogueFile"/>.</summary>
public static class CatalogueTypes
{
    /// <summary>A type anyone may raise whose activity plan has <paramref name="count"/> activities named "Activity 1", "Activity 2", ….</summary>
    public static ServiceRequestType WithActivities(int count) =>
        new("Employer", "Info Requested", "Send Literature", employerOnly: false, 5, TeamCodes.EmployerPayments, ActivityNames(count));

    /// <summary>A type only an employer may raise (SR-03), like Update Details / Link Agent.</summary>
    public static ServiceRequestType EmployerOnly(int activities = 3) =>
        new("Employer", "Update Details", "Link Agent", employerOnly: true, 5, TeamCodes.EmployerPayments, ActivityNames(activities));

    public static string ActivityName(int number) => string.Create(CultureInfo.InvariantCulture, $"Activity {number}");

    private static List<string> ActivityNames(int count) => [.. Enumerable.Range(1, count).Select(ActivityName)];
}
