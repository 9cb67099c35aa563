using Casework.Domain.Common;

namespace Casework.Domain.Security;

/// <summary>
/// The security a client or representative set up (004 "Security Set Up", P-05): a seven-digit PIN, a password
/// and seven questions with answers. Only hashes are held (SEC-04); nothing here can be shown back to anyone.
/// </summary>
public sealed record CallerSecrets(PinHash Pin, string PasswordHash, IReadOnlyList<SecurityAnswerHash> Questions)
{
    public const int PinLength = 7;
    public const int QuestionCount = 7;

    /// <summary>Checks and hashes what the caller chose; a refusal names each field that is wrong.</summary>
    public static Result<CallerSecrets> Create(CallerSecretsInput input, ICallerSecretHasher hasher)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pin = input.Pin?.Trim() ?? string.Empty;
        if (pin.Length != PinLength || !pin.All(char.IsAsciiDigit))
        {
            errors["pin"] = [$"The PIN must be {PinLength} digits."];
        }

        if (string.IsNullOrEmpty(SecretNormalisation.Answer(input.Password ?? string.Empty)))
        {
            errors["password"] = ["Enter a password."];
        }

        var questions = input.Questions ?? [];
        if (questions.Count != QuestionCount)
        {
            errors["questions"] = [$"Set up exactly {QuestionCount} security questions."];
        }
        else if (questions.Any(q => string.IsNullOrWhiteSpace(q.Question) || string.IsNullOrEmpty(SecretNormalisation.Answer(q.Answer ?? string.Empty))))
        {
            errors["questions"] = ["Every security question needs a question and an answer."];
        }
        else if (questions.Select(q => q.Question.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != QuestionCount)
        {
            // SEC-03 never repeats a question within a check, which only holds if the seven are different.
            errors["questions"] = ["The security questions must all be different."];
        }

        if (errors.Count > 0)
        {
            return new InvalidInput(errors);
        }

        return new CallerSecrets(
            hasher.HashPin(pin),
            hasher.HashPassword(SecretNormalisation.Answer(input.Password!)),
            [.. questions.Select(q => new SecurityAnswerHash(q.Question.Trim(), hasher.HashAnswer(SecretNormalisation.Answer(q.Answer))))]);
    }
}

/// <summary>A per-identity salt and one keyed hash per PIN position, so a position can be checked alone (SEC-04).</summary>
public sealed record PinHash(string Salt, IReadOnlyList<string> DigitHashes);

/// <summary>A security question as the caller worded it, and the hash of their answer.</summary>
public sealed record SecurityAnswerHash(string Question, string AnswerHash);

/// <summary>What the caseworker keys when setting up security; it is hashed at once and never stored.</summary>
public sealed record CallerSecretsInput(string Pin, string Password, IReadOnlyList<SecurityQuestionInput> Questions);

public sealed record SecurityQuestionInput(string Question, string Answer);
