namespace Casework.Domain.Common;

/// <summary>
/// Why a command was refused. A refused command changes nothing; the web layer maps each kind
/// to one HTTP status (NotAllowedInState 409, RuleBroken 422, NotFound 404, Forbidden 403).
/// </summary>
public abstract record Refusal(string Reason);

public sealed record NotAllowedInState(string Reason) : Refusal(Reason);

public sealed record RuleBroken(string Reason) : Refusal(Reason);

public sealed record NotFound(string Reason) : Refusal(Reason);

public sealed record Forbidden(string Reason) : Refusal(Reason);

/// <summary>Bad input with messages per field (HTTP 400).</summary>
public sealed record InvalidInput(IReadOnlyDictionary<string, string[]> Errors)
    : Refusal("One or more fields are invalid.")
{
    public static InvalidInput For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
