using Casework.Domain.Organisation;

namespace Casework.Domain.ComplaintOutcomes;

/// <summary>
/// One headed step of a complaint's investigation plan (OUT-05), e.g. "Call recording" or "Consulted the team
/// leader", with the member of staff it involved, if any, referred to as the procedure asks.
/// </summary>
public sealed class InvestigationStep
{
    private InvestigationStep()
    {
        Heading = Detail = RecordedBy = string.Empty;
    }

    internal InvestigationStep(int number, string heading, string detail, StaffReference? staff, string recordedBy, DateTimeOffset recordedAt)
    {
        Number = number;
        Heading = heading;
        Detail = detail;
        StaffNumber = staff?.StaffNumber;
        StaffFirstName = staff?.FirstName;
        StaffSite = staff?.Site;
        StaffTeam = staff?.Team;
        StaffExtension = staff?.Extension;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    /// <summary>Position in the plan, 1-based; the API's step id.</summary>
    public int Number { get; private set; }

    public string Heading { get; private set; }

    public string Detail { get; private set; }

    public string? StaffNumber { get; private set; }

    public string? StaffFirstName { get; private set; }

    public string? StaffSite { get; private set; }

    public string? StaffTeam { get; private set; }

    public string? StaffExtension { get; private set; }

    /// <summary>The member of staff the step involved, as they were when it was recorded; null when none.</summary>
    public StaffReference? Staff => StaffNumber is null
        ? null
        : new StaffReference(StaffNumber, StaffFirstName ?? string.Empty, StaffSite ?? string.Empty, StaffTeam ?? string.Empty, StaffExtension ?? string.Empty);

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
