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
        IReadOnlyList<string> activityTemplate)
    {
        Process = process;
        Area = area;
        SubArea = subArea;
        EmployerOnly = employerOnly;
        TargetWorkingDays = targetWorkingDays;
        DefaultTeamCode = defaultTeamCode;
        ActivityTemplate = [.. activityTemplate];
    }

    public int Id { get; private set; }

    public string Process { get; private set; }

    public string Area { get; private set; }

    public string SubArea { get; private set; }

    public bool EmployerOnly { get; private set; }

    public int TargetWorkingDays { get; private set; }

    public string DefaultTeamCode { get; private set; }

    public List<string> ActivityTemplate { get; private set; } = [];

    public bool Matches(string process, string area, string subArea) =>
        string.Equals(Process, process, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Area, area, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SubArea, subArea, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Process} / {Area} / {SubArea}";
}
