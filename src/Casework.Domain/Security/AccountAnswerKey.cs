using Casework.Domain.Common;

namespace Casework.Domain.Security;

/// <summary>
/// Questions about an employer's or agent's own account fields (SEC-01/02): a fixed number drawn from the fields
/// that hold something. The fields are data built by <see cref="EmployerSecurityFacts"/> and <see cref="AgentSecurityFacts"/>.
/// </summary>
public sealed class AccountAnswerKey : ISecurityAnswerKey
{
    public const int QuestionsAsked = 3;

    private readonly string _subject;
    private readonly string _rule;
    private readonly IReadOnlyList<AccountField> _usable;

    internal AccountAnswerKey(string subject, string rule, IEnumerable<AccountField> fields)
    {
        _subject = subject;
        _rule = rule;
        _usable = [.. fields.Where(f => f.HasValue)];
    }

    /// <summary>The fields that hold something, so can be asked about.</summary>
    public IReadOnlyList<SecurityQuestion> Usable => [.. _usable.Select(f => f.Question)];

    public string? TransferOnFailure => null;

    public Result<IReadOnlyList<SecurityQuestion>> Choose(IRandomSource random)
    {
        if (_usable.Count < QuestionsAsked)
        {
            var held = _usable.Count == 0 ? "none" : string.Join(", ", _usable.Select(f => f.Question.Prompt));
            return new RuleBroken(
                $"{_rule}: {_subject} has only {_usable.Count} account field(s) to ask about ({held}); {QuestionsAsked} are needed. "
                + "Take the details by another route (the identity e-mail, SEC-07) or update the record first.");
        }

        return Result<IReadOnlyList<SecurityQuestion>>.Ok([.. RandomPick.Distinct(_usable, QuestionsAsked, random).Select(f => f.Question)]);
    }

    public bool Matches(string questionId, string answer) =>
        _usable.FirstOrDefault(f => string.Equals(f.Question.Id, questionId, StringComparison.Ordinal)) is { } field
        && field.Matches(answer);
}

/// <summary>One askable account field: its question, whether it holds a value, and how an answer is compared.</summary>
internal sealed record AccountField(SecurityQuestion Question, bool HasValue, Func<string, bool> Matches)
{
    internal static AccountField Text(string id, string prompt, string? value) =>
        Compared(id, prompt, value, SecretNormalisation.AccountText);

    internal static AccountField Phone(string id, string prompt, params IEnumerable<string?> numbers) =>
        AnyOf(id, prompt, numbers, SecretNormalisation.Phone);

    internal static AccountField Email(string id, string prompt, string? value) =>
        Compared(id, prompt, value, SecretNormalisation.Email);

    /// <summary>Right when the answer equals any one of the held values (one of several phones or contact names).</summary>
    internal static AccountField AnyOf(string id, string prompt, IEnumerable<string?> values, Func<string, string> normalise)
    {
        // A placeholder such as "-" is not a value: a field is held only when it has a letter or digit.
        var held = values.Select(v => normalise(v ?? string.Empty)).Where(v => v.Any(char.IsLetterOrDigit)).ToHashSet(StringComparer.Ordinal);
        return new(new SecurityQuestion(id, prompt), held.Count > 0, answer =>
        {
            var given = normalise(answer);
            return given.Length > 0 && held.Contains(given);
        });
    }

    private static AccountField Compared(string id, string prompt, string? value, Func<string, string> normalise) =>
        AnyOf(id, prompt, [value], normalise);
}
