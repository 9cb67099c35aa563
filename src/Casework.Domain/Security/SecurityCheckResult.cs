namespace Casework.Domain.Security;

public enum SecurityCheckStatus
{
    Asked,
    Passed,
    Failed,
}

/// <summary>What the caseworker is told after the answers (API "security-answers").</summary>
public sealed record SecurityCheckResult(bool Passed, string? TransferTo, DateTimeOffset? LockedUntil);
