using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;

namespace Casework.Domain.Clients;

/// <summary>
/// A third party acting for a client (P-05) with a TRN of its own. A representative has its own PIN, password and
/// seven security questions — except an employer acting as representative, which has none and is asked about its
/// employer account instead (SEC-01). Set up, maintained and removed by methods that refuse without changing anything.
/// </summary>
public sealed class Representative : IAudited
{
    private readonly List<AuditRecord> _pendingAudit = [];

    private Representative()
    {
        Trn = Name = ActingForScin = string.Empty;
    }

    public int Id { get; private set; }

    public string Trn { get; private set; }

    public string Name { get; private set; }

    public string ActingForScin { get; private set; }

    public bool PowerOfAttorney { get; private set; }

    /// <summary>Set when the representative is an employer; its security questions come from this employer's account.</summary>
    public string? EmployerErn { get; private set; }

    public bool IsEmployer => EmployerErn is not null;

    /// <summary>Where this representative's letters go; an employer's letters go to the employer's own address instead.</summary>
    public string? AddressLine1 { get; private set; }

    public string? Postcode { get; private set; }

    public PostalAddress? Address => AddressLine1 is null || Postcode is null ? null : PostalAddress.From(AddressLine1, Postcode).Value;

    /// <summary>Hashes only (SEC-04); always null for an employer.</summary>
    public CallerSecrets? Secrets { get; private set; }

    public RepresentativeStatus Status { get; private set; }

    public string? RemovedBecause { get; private set; }

    public int Version { get; private set; }

    public string AuditSubject => $"Representative {Trn}";

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    public static Result<Representative> SetUp(SetUpRepresentative request, CallerSecrets? secrets, Actor by, DateTimeOffset at)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Require(errors, "trn", request.Trn, "Enter the representative's TRN.");
        Require(errors, "name", request.Name, "Enter the representative's name.");
        Require(errors, "actingForScin", request.ActingForScin, "Enter the SCIN of the client represented.");
        if (errors.Count > 0)
        {
            return new InvalidInput(errors);
        }

        var employerErn = string.IsNullOrWhiteSpace(request.EmployerErn) ? null : request.EmployerErn.Trim();
        if (SecretsRuleBroken(employerErn, secrets) is { } broken)
        {
            return broken;
        }

        if (AddressNotForEmployer(employerErn, request.Address) is { } employerAddress)
        {
            return employerAddress;
        }

        var representative = new Representative
        {
            Trn = request.Trn.Trim(),
            Name = request.Name.Trim(),
            ActingForScin = request.ActingForScin.Trim(),
            PowerOfAttorney = request.PowerOfAttorney,
            EmployerErn = employerErn,
            Secrets = secrets,
            Status = RepresentativeStatus.Active,
            AddressLine1 = request.Address?.Line1,
            Postcode = request.Address?.Postcode,
        };
        representative.Record(by, at, "Representative set up", null, representative.Describe());
        return representative;
    }

    /// <summary>
    /// Maintain: name, power of attorney and address (null takes the address away). Whether it is an employer is fixed:
    /// remove and set up again.
    /// </summary>
    public Refusal? Change(string name, bool powerOfAttorney, PostalAddress? address, Actor by, DateTimeOffset at)
    {
        if (NotActive() is { } notActive)
        {
            return notActive;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return InvalidInput.For("name", "Enter the representative's name.");
        }

        if (AddressNotForEmployer(EmployerErn, address) is { } employerAddress)
        {
            return employerAddress;
        }

        var before = Describe();
        Name = name.Trim();
        PowerOfAttorney = powerOfAttorney;
        AddressLine1 = address?.Line1;
        Postcode = address?.Postcode;
        Record(by, at, "Representative changed", before, Describe());
        return null;
    }

    public Refusal? ChangeSecurity(CallerSecrets secrets, Actor by, DateTimeOffset at)
    {
        if (((Refusal?)NotActive() ?? SecretsRuleBroken(EmployerErn, secrets)) is { } refused)
        {
            return refused;
        }

        Secrets = secrets;
        Record(by, at, "Representative security set up", null, "PIN, password and security questions recorded (hashed)");
        return null;
    }

    /// <summary>Removed representatives are kept, so the trail of who acted for the client stays readable.</summary>
    public Refusal? Remove(string reason, Actor by, DateTimeOffset at)
    {
        if (NotActive() is { } notActive)
        {
            return notActive;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return InvalidInput.For("reason", "Give the reason the representative is removed.");
        }

        Status = RepresentativeStatus.Removed;
        RemovedBecause = reason.Trim();
        Record(by, at, "Representative removed", nameof(RepresentativeStatus.Active), RemovedBecause);
        return null;
    }

    private static RuleBroken? SecretsRuleBroken(string? employerErn, CallerSecrets? secrets) => (employerErn, secrets) switch
    {
        (not null, not null) => new RuleBroken(
            $"P-05: employer {employerErn} acting as a representative has no PIN, password or security questions; it is asked about its employer account."),
        (null, null) => new RuleBroken(
            "P-05: a representative needs their own PIN, password and seven security questions."),
        _ => null,
    };

    private static InvalidInput? AddressNotForEmployer(string? employerErn, PostalAddress? address) => employerErn is not null && address is not null
        ? InvalidInput.For("addressLine1", $"Letters to an employer acting as representative go to employer {employerErn}'s address: leave the address empty.")
        : null;

    private NotAllowedInState? NotActive() => Status == RepresentativeStatus.Removed
        ? new NotAllowedInState($"Representative {Trn} was removed ({RemovedBecause}).")
        : null;

    private string Describe() =>
        $"{Name} for client {ActingForScin}{(IsEmployer ? $", employer {EmployerErn}" : string.Empty)}{(PowerOfAttorney ? ", power of attorney" : string.Empty)}{(Address is { } a ? $", letters to {a}" : string.Empty)}";

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [message];
        }
    }

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }
}
