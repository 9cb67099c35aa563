namespace Casework.Domain.Organisation;

/// <summary>
/// How a record refers to a member of staff (OUT-05): first name, site, team and extension as they were at the time,
/// kept as written so a later move of site or team does not rewrite what the record said. The staff number is kept
/// too, so records about one person can be found.
/// </summary>
public sealed record StaffReference(string StaffNumber, string FirstName, string Site, string Team, string Extension)
{
    /// <summary>The member of staff as they are now; <paramref name="teamName"/> is their team's name, not its code.</summary>
    public static StaffReference Of(Staff staff, string teamName) =>
        new(staff.StaffNumber, FirstNameOf(staff.Name), staff.Site, teamName, staff.Extension);

    /// <summary>"Carys, Bootle, Employer payments, extension 4100".</summary>
    public override string ToString() => $"{FirstName}, {Site}, {Team}, extension {Extension}";

    private static string FirstNameOf(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? trimmed : trimmed[..space];
    }
}
