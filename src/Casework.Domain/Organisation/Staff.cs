namespace Casework.Domain.Organisation;

/// <summary>A member of staff (P-06): referred to by first name, site, team and extension (OUT-05).</summary>
public sealed class Staff
{
    public Staff(string staffNumber, string name, string site, string teamCode, string extension)
    {
        StaffNumber = staffNumber;
        Name = name;
        Site = site;
        TeamCode = teamCode;
        Extension = extension;
    }

    public int Id { get; private set; }

    public string StaffNumber { get; private set; }

    public string Name { get; private set; }

    public string Site { get; private set; }

    public string TeamCode { get; private set; }

    public string Extension { get; private set; }

    /// <summary>The Identity user who signs in as this member of staff, if any.</summary>
    public string? UserName { get; set; }
}
