using System.Globalization;
using Casework.Domain.Common;

namespace Casework.Domain.Security;

/// <summary>
/// The client security check (SEC-03, 004): two digits of the seven-digit PIN at distinct random positions, the
/// password, and two of the seven security questions. Used for paying and receiving parents and for representatives
/// other than employers (P-05), who have secrets of their own.
/// </summary>
public sealed class ClientAnswerKey(string subject, CallerSecrets? secrets, ICallerSecretHasher hasher) : ISecurityAnswerKey
{
    public const int PinDigitsAsked = 2;
    public const int QuestionsAsked = 2;
    public const string PasswordId = "Password";

    /// <summary>The API value for the general inbound call handling team (SEC-03).</summary>
    public const string GeneralInboundCallHandling = nameof(GeneralInboundCallHandling);

    private const string PinPrefix = "Pin";
    private const string QuestionPrefix = "Question";

    public string? TransferOnFailure => GeneralInboundCallHandling;

    public Result<IReadOnlyList<SecurityQuestion>> Choose(IRandomSource random)
    {
        if (secrets is null)
        {
            return new RuleBroken($"SEC-03: {subject} has no PIN, password and security questions set up yet, so the security check cannot be done.");
        }

        var positions = Enumerable.Range(1, secrets.Pin.DigitHashes.Count).ToArray();
        var answered = Enumerable.Range(1, secrets.Questions.Count).Where(n => secrets.Questions[n - 1].AnswerHash.Length > 0).ToArray();
        if (positions.Length < PinDigitsAsked || answered.Length < QuestionsAsked || secrets.PasswordHash.Length == 0)
        {
            return new RuleBroken($"SEC-03: the security set up for {subject} is incomplete; set up the PIN, password and security questions again.");
        }

        // Ascending positions read naturally to the caller ("the 2nd and the 5th digit").
        var pins = RandomPick.Distinct(positions, PinDigitsAsked, random).Order()
            .Select(p => new SecurityQuestion(PinPrefix + Text(p), $"Digit {Text(p)} of the PIN"));
        var questions = RandomPick.Distinct(answered, QuestionsAsked, random)
            .Select(n => new SecurityQuestion(QuestionPrefix + Text(n), secrets.Questions[n - 1].Question));
        return Result<IReadOnlyList<SecurityQuestion>>.Ok(
            [.. pins, new SecurityQuestion(PasswordId, "The password"), .. questions]);
    }

    public bool Matches(string questionId, string answer)
    {
        if (secrets is null)
        {
            return false;
        }

        if (string.Equals(questionId, PasswordId, StringComparison.Ordinal))
        {
            return hasher.VerifyPassword(secrets.PasswordHash, SecretNormalisation.Answer(answer));
        }

        if (Number(questionId, PinPrefix, secrets.Pin.DigitHashes.Count) is { } position)
        {
            var digit = answer.Trim();
            return digit.Length == 1 && hasher.VerifyPinDigit(secrets.Pin, position, digit[0]);
        }

        return Number(questionId, QuestionPrefix, secrets.Questions.Count) is { } n
            && hasher.VerifyAnswer(secrets.Questions[n - 1].AnswerHash, SecretNormalisation.Answer(answer));
    }

    private static int? Number(string id, string prefix, int max) =>
        id.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n >= 1 && n <= max
            ? n
            : null;

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
