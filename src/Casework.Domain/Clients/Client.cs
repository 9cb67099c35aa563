using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Correspondence;
using Casework.Domain.Parties;

namespace Casework.Domain.Clients;

/// <summary>
/// A paying or receiving parent (P-03), known by their SCIN. Holds the hashed security the client set up (SEC-04),
/// whether contact is suppressed (CON-04) and the risks recorded against them (CON-06).
/// </summary>
public sealed partial class Client : IAudited
{
    private readonly List<AuditRecord> _pendingAudit = [];
    private readonly List<RiskFlag> _riskFlags = [];

    private Client()
    {
        Scin = Name = string.Empty;
    }

    public Client(string scin, string name, ClientRole role, PreferredLanguage preferredLanguage, Region region)
    {
        Scin = scin;
        Name = name.Trim();
        Role = role;
        PreferredLanguage = preferredLanguage;
        Region = region;
    }

    public int Id { get; private set; }

    public string Scin { get; private set; }

    public string Name { get; private set; }

    public ClientRole Role { get; private set; }

    public PreferredLanguage PreferredLanguage { get; private set; }

    /// <summary>Where the client's case is administered: Northern Ireland charges no SAR fee (CON-05).</summary>
    public Region Region { get; private set; }

    /// <summary>Hashes only (SEC-04); null until security is set up.</summary>
    public CallerSecrets? Secrets { get; private set; }

    /// <summary>Why no letters or outbound calls may go to this client (CON-04); null when contact is allowed.</summary>
    public string? ContactSuppressedBecause { get; private set; }

    public IReadOnlyList<RiskFlag> RiskFlags => _riskFlags;

    /// <summary>CON-06: a domestic violence risk restricts what is disclosed; the handler reads this before disclosing.</summary>
    public bool RestrictsDisclosure => _riskFlags.Exists(f => RiskOutcome.For(f.Kind).RestrictsDisclosure);

    public bool ContactSuppressed => ContactSuppressedBecause is not null;

    public int Version { get; private set; }

    public string AuditSubject => $"Client {Scin}";

    public IReadOnlyList<AuditRecord> PendingAudit => _pendingAudit;

    public void ClearPendingAudit() => _pendingAudit.Clear();

    /// <summary>Sets up or replaces the PIN, password and questions; the trail says that it changed, never to what.</summary>
    public void SetUpSecurity(CallerSecrets secrets, Actor by, DateTimeOffset at)
    {
        var before = Secrets is null ? null : "Security set up";
        Secrets = secrets;
        Record(by, at, "Security set up", before, "PIN, password and security questions recorded (hashed)");
    }

    public void UsePreferredLanguage(PreferredLanguage language, Actor by, DateTimeOffset at)
    {
        var before = PreferredLanguage;
        PreferredLanguage = language;
        Record(by, at, "Preferred language changed", before.ToString(), language.ToString());
    }

    /// <summary>CON-04: suppress all contact, with the reason (the client, a qualifying child or a relevant other child has died).</summary>
    public Refusal? SuppressContact(string reason, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return InvalidInput.For("reason", "Give the reason contact is suppressed.");
        }

        var before = ContactSuppressedBecause;
        ContactSuppressedBecause = reason.Trim();
        Record(by, at, "Contact suppressed", before, ContactSuppressedBecause);
        return null;
    }

    public Refusal? LiftContactSuppression(Actor by, DateTimeOffset at)
    {
        if (ContactSuppressedBecause is null)
        {
            return new NotAllowedInState($"Contact with client {Scin} is not suppressed.");
        }

        var before = ContactSuppressedBecause;
        ContactSuppressedBecause = null;
        Record(by, at, "Contact suppression lifted", before, null);
        return null;
    }

    /// <summary>CON-06: records the risk and says what must happen now (refer to the team leader, restrict disclosure).</summary>
    public Result<RiskOutcome> RecordRisk(RiskKind kind, string note, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return InvalidInput.For("note", "Describe what was said or seen.");
        }

        var flag = new RiskFlag(kind, note.Trim(), at, by.Label);
        _riskFlags.Add(flag);
        var outcome = RiskOutcome.For(kind);
        Record(by, at, "Risk recorded", null, $"{kind}: {flag.Note}");
        return outcome;
    }

    private void Record(Actor by, DateTimeOffset at, string action, string? before, string? after)
    {
        _pendingAudit.Add(new AuditRecord(at, by.Label, action, before, after));
        Version++;
    }
}
