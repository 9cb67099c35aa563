using Casework.Domain.ServiceRequests;

namespace Casework.Domain.Clients;

/// <summary>
/// A child maintenance case linking a paying parent and a receiving parent, with its qualifying children and the
/// caseworker or team that owns it (P-03). A call about the case routes to that owner (SEC-08).
/// </summary>
public sealed class ClientCase
{
    private readonly List<QualifyingChild> _qualifyingChildren = [];

    private ClientCase()
    {
        CaseNumber = PayingParentScin = ReceivingParentScin = string.Empty;
        Owner = Owner.ForTeam(string.Empty);
    }

    public ClientCase(string caseNumber, string payingParentScin, string receivingParentScin,
        IEnumerable<QualifyingChild> qualifyingChildren, Owner owner)
    {
        CaseNumber = caseNumber;
        PayingParentScin = payingParentScin;
        ReceivingParentScin = receivingParentScin;
        _qualifyingChildren.AddRange(qualifyingChildren);
        Owner = owner;
    }

    public int Id { get; private set; }

    public string CaseNumber { get; private set; }

    public string PayingParentScin { get; private set; }

    public string ReceivingParentScin { get; private set; }

    public IReadOnlyList<QualifyingChild> QualifyingChildren => _qualifyingChildren;

    /// <summary>The owning caseworker (inside their team) or the owning team's queue.</summary>
    public Owner Owner { get; private set; }

    public int Version { get; private set; }

    public bool Involves(string scin) =>
        string.Equals(PayingParentScin, scin, StringComparison.Ordinal)
        || string.Equals(ReceivingParentScin, scin, StringComparison.Ordinal);

    public bool HasQualifyingChildBornOn(DateOnly dateOfBirth) =>
        _qualifyingChildren.Exists(child => child.DateOfBirth == dateOfBirth);

    public void TransferTo(Owner owner)
    {
        Owner = owner;
        Version++;
    }
}

/// <summary>A qualifying child on a case; the date of birth is what a caller keys to pick the case (SEC-08).</summary>
public sealed record QualifyingChild(string Name, DateOnly DateOfBirth);
