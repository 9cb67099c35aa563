namespace Casework.Domain.Parties;

/// <summary>An agent acting for employers (P-02). The EARN is assigned by the system.</summary>
public sealed class Agent
{
    private Agent()
    {
        Earn = Name = AddressLine1 = Postcode = string.Empty;
    }

    public Agent(string earn, string name, string addressLine1, string postcode, string? phone, string? email)
    {
        Earn = earn;
        Name = name.Trim();
        AddressLine1 = addressLine1.Trim();
        Postcode = postcode.Trim().ToUpperInvariant();
        Phone = phone;
        Email = email;
    }

    public int Id { get; private set; }

    public string Earn { get; private set; }

    public string Name { get; private set; }

    public string AddressLine1 { get; private set; }

    public string Postcode { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>ERNs of the employers this agent acts for.</summary>
    public List<string> EmployerErns { get; private set; } = [];

    public int Version { get; private set; }

    public void LinkEmployer(string ern)
    {
        if (!EmployerErns.Contains(ern))
        {
            EmployerErns.Add(ern);
            Version++;
        }
    }
}
