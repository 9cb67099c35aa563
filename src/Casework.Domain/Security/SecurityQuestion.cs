using Casework.Domain.Common;

namespace Casework.Domain.Security;

/// <summary>A question put to the caller: an id to answer it by and the prompt the caseworker reads. Never an answer.</summary>
public sealed record SecurityQuestion(string Id, string Prompt);

/// <summary>What the caller said to one question, as the caseworker keyed it.</summary>
public sealed record SubmittedAnswer(string Id, string Answer);

/// <summary>
/// What one caller's record can be asked about and how an answer is checked: built by the handler from the employer,
/// agent, client or representative record, and passed to <see cref="SecurityCheck"/> both when the questions are
/// chosen and when the answers come back, so the check itself never holds an answer.
/// </summary>
public interface ISecurityAnswerKey
{
    /// <summary>The questions for one check, chosen at random, never repeated and never about an empty field.</summary>
    Result<IReadOnlyList<SecurityQuestion>> Choose(IRandomSource random);

    /// <summary>Whether <paramref name="answer"/> is right for the question <paramref name="questionId"/>; unknown ids are wrong.</summary>
    bool Matches(string questionId, string answer);

    /// <summary>SEC-03: where the call goes when a check of this kind fails; null when it stays with the caseworker.</summary>
    string? TransferOnFailure { get; }
}
