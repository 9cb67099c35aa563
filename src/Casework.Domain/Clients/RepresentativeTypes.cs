namespace Casework.Domain.Clients;

public enum RepresentativeStatus
{
    Active,
    Removed,
}

/// <summary>What a caseworker enters to set up a representative (004 "Client Representative - Set Up").</summary>
public sealed record SetUpRepresentative(
    string Trn, string Name, string ActingForScin, bool PowerOfAttorney, string? EmployerErn, PostalAddress? Address = null);
