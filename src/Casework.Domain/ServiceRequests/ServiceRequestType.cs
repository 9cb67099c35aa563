using Casework.Domain.Contact;

namespace Casework.Domain.ServiceRequests;

/// <summary>
/// One Process / Area / Sub Area combination of the catalogue (SR-02), seeded as data, with the
/// employer-only flag (SR-03), its activity-plan template (SR-04) and its target in working days.
/// </summary>
public sealed class ServiceRequestType
{
    private ServiceRequestType()
    {
        Process = Area = SubArea = DefaultTeamCode = string.Empty;
    }

    public ServiceRequestType(
        string process,
        string area,
        string subArea,
        bool employerOnly,
        int targetWorkingDays,
        string defaultTeamCode,
        IReadOnlyList<string> activityTemplate,
        IReadOnlyList<PartyKind>? partyKinds = null,
        ContactReason? changeOfCircumstances = null)
    {
        Process = process;
        Area = area;
        SubArea = subArea;
        EmployerOnly = employerOnly;
        TargetWorkingDays = targetWorkingDays;
        DefaultTeamCode = defaultTeamCode;
        ActivityTemplate = [.. activityTemplate];
        PartyKinds = [.. partyKinds ?? DefaultPartyKinds(employerOnly)];
        ChangeOfCircumstances = changeOfCircumstances;
    }

    public int Id { get; private set; }

    public string Process { get; private set; }

    public string Area { get; private set; }

    public string SubArea { get; private set; }

    public bool EmployerOnly { get; private set; }

    public int TargetWorkingDays { get; private set; }

    public string DefaultTeamCode { get; private set; }

    public List<string> ActivityTemplate { get; private set; } = [];

    /// <summary>SR-09: the parties this type may be raised for; an employer-only type (SR-03) lists Employer alone.</summary>
    public List<PartyKind> PartyKinds { get; private set; } = [];

    /// <summary>CON-08: the change a client's change-of-circumstances SR records; null for every other type.</summary>
    public ContactReason? ChangeOfCircumstances { get; private set; }

    public bool IsFor(PartyKind party) => PartyKinds.Contains(party);

    /// <summary>The catalogue is data (SR-02): a re-seed brings the party kinds and the change recorded up to date.</summary>
    public bool UpdateFromCatalogue(IReadOnlyList<PartyKind> partyKinds, ContactReason? changeOfCircumstances)
    {
        if (PartyKinds.SequenceEqual(partyKinds) && ChangeOfCircumstances == changeOfCircumstances)
        {
            return false;
        }

        PartyKinds = [.. partyKinds];
        ChangeOfCircumstances = changeOfCircumstances;
        return true;
    }

    public static IReadOnlyList<PartyKind> DefaultPartyKinds(bool employerOnly) =>
        employerOnly ? [PartyKind.Employer] : [PartyKind.Employer, PartyKind.Agent];

    public bool Matches(string process, string area, string subArea) =>
        string.Equals(Process, process, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Area, area, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SubArea, subArea, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Process} / {Area} / {SubArea}";
}
