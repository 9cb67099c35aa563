using Casework.Domain.Calendar;
using Casework.Domain.Correspondence;

namespace Casework.Domain.Parties;

/// <summary>An employer record (P-01). The ERN is assigned by the system.</summary>
public sealed class Employer
{
    private Employer()
    {
        Ern = Name = SegmentCode = string.Empty;
    }

    public Employer(string ern, EmployerDetails details, string segmentCode)
    {
        Ern = ern;
        Name = details.Name;
        SegmentCode = segmentCode;
        Apply(details);
    }

    public int Id { get; private set; }

    public string Ern { get; private set; }

    public string Name { get; private set; }

    public Region Region { get; private set; }

    public string? PayrollAddress { get; private set; }

    public string? CompanyAddress { get; private set; }

    public List<string> Phones { get; private set; } = [];

    public string? Fax { get; private set; }

    public bool PreferredFax { get; private set; }

    public string? Email { get; private set; }

    public List<string> ContactNames { get; private set; } = [];

    public int? PayDay { get; private set; }

    public int? PayrollCutOffDay { get; private set; }

    public bool VoicemailAuthorised { get; private set; }

    public PreferredLanguage PreferredLanguage { get; private set; }

    public string SegmentCode { get; private set; }

    /// <summary>Large print or braille when the employer asked for it (COR-04).</summary>
    public LetterFormat LetterFormat { get; private set; }

    /// <summary>Null while the segment manager is the account team (AM-01).</summary>
    public string? AccountManagerStaffNumber { get; private set; }

    public int Version { get; private set; }

    public void Apply(EmployerDetails details)
    {
        Name = details.Name.Trim();
        Region = details.Region;
        PayrollAddress = details.PayrollAddress;
        CompanyAddress = details.CompanyAddress;
        Phones = [.. details.Phones];
        Fax = details.Fax;
        PreferredFax = details.PreferredFax;
        Email = details.Email;
        ContactNames = [.. details.ContactNames];
        PayDay = details.PayDay;
        PayrollCutOffDay = details.PayrollCutOffDay;
        VoicemailAuthorised = details.VoicemailAuthorised;
        PreferredLanguage = details.PreferredLanguage;
        Version++;
    }

    /// <summary>Why no letters or outbound calls may go to this record (CON-04); null when contact is allowed.</summary>
    public string? ContactSuppressedBecause { get; private set; }

    public void SuppressContact(string? reason)
    {
        ContactSuppressedBecause = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Version++;
    }

    public void UseLetterFormat(LetterFormat format)
    {
        LetterFormat = format;
        Version++;
    }

    public void AssignAccountManager(string? staffNumber)
    {
        AccountManagerStaffNumber = staffNumber;
        Version++;
    }
}

/// <summary>What a caseworker may enter or change on an employer record.</summary>
public sealed record EmployerDetails(
    string Name,
    Region Region,
    string? PayrollAddress,
    string? CompanyAddress,
    IReadOnlyList<string> Phones,
    string? Fax,
    bool PreferredFax,
    string? Email,
    IReadOnlyList<string> ContactNames,
    int? PayDay,
    int? PayrollCutOffDay,
    bool VoicemailAuthorised,
    PreferredLanguage PreferredLanguage);
