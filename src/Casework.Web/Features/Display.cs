using System.Globalization;
using Casework.Domain.Calendar;
using Casework.Domain.ServiceRequests;

namespace Casework.Web.Features;

/// <summary>How values read on pages: the procedures' words, UK dates.</summary>
public static class Display
{
    private static readonly CultureInfo _uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Region(Region region) => region switch
    {
        Casework.Domain.Calendar.Region.EnglandAndWales => "England and Wales",
        Casework.Domain.Calendar.Region.NorthernIreland => "Northern Ireland",
        _ => region.ToString(),
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", _uk);

    public static string DateTime(DateTimeOffset at) =>
        Date(ServiceRequests.UkClock.DateOf(at)) + " " + ServiceRequests.UkClock.ToUk(at).ToString("HH:mm", _uk);

    public static string Status(ServiceRequestStatus status, string subStatus) =>
        Words(status.ToString()) + (string.Equals(subStatus, status.ToString(), StringComparison.Ordinal) ? string.Empty : " – " + Words(subStatus));

    /// <summary>"PendingApprovalTL" reads "Pending approval TL".</summary>
    public static string Words(string pascal)
    {
        var chars = new List<char>();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var startsWord = i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1]);
            if (startsWord)
            {
                chars.Add(' ');
            }

            chars.Add(i > 0 && startsWord && !(i + 1 < pascal.Length && char.IsUpper(pascal[i + 1])) ? char.ToLowerInvariant(c) : c);
        }

        return new string([.. chars]);
    }
}
