namespace Casework.Domain.Security;

/// <summary>Who is on the line, as the caseworker records it when the call starts (API "callerType").</summary>
public enum CallerKind
{
    Employer,
    Agent,
    PayingParent,
    ReceivingParent,
    Representative,
}
