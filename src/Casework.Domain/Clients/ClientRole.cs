namespace Casework.Domain.Clients;

/// <summary>A client's part in the scheme (P-03). Legacy codes: NRP for the paying parent, PWC / PeWC for the receiving parent.</summary>
public enum ClientRole
{
    PayingParent,
    ReceivingParent,
}
