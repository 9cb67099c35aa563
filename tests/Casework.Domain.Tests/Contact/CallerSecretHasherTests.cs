using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using static Casework.Domain.Tests.Contact.ContactBuilders;

namespace Casework.Domain.Tests.Contact;

/// <summary>SEC-04: only keyed or salted slow hashes are stored, and each checks the right input and nothing else.</summary>
public sealed class CallerSecretHasherTests
{
    [Fact]
    public void SEC04_each_pin_digit_verifies_at_its_own_position_only()
    {
        var pin = Hasher.HashPin(Pin);

        for (var position = 1; position <= 7; position++)
        {
            var right = Pin[position - 1];
            Assert.True(Hasher.VerifyPinDigit(pin, position, right));
            Assert.All("0123456789".Where(d => d != right), wrong => Assert.False(Hasher.VerifyPinDigit(pin, position, wrong)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void SEC04_a_position_outside_the_pin_never_verifies(int position) =>
        Assert.False(Hasher.VerifyPinDigit(Hasher.HashPin(Pin), position, '4'));

    [Fact]
    public void SEC04_digit_hashes_differ_by_position_by_salt_and_by_key()
    {
        var first = Hasher.HashPin("1111111");
        var second = Hasher.HashPin("1111111");
        var otherKey = new Pbkdf2CallerSecretHasher([.. Key.Select(b => (byte)(b ^ 0xFF))], 1_000);

        Assert.Equal(7, first.DigitHashes.Distinct().Count());
        Assert.NotEqual(first.Salt, second.Salt);
        Assert.Empty(first.DigitHashes.Intersect(second.DigitHashes));
        Assert.False(otherKey.VerifyPinDigit(first, 1, '1'));
    }

    [Fact]
    public void SEC04_the_stored_pin_does_not_contain_the_digits()
    {
        var pin = Hasher.HashPin(Pin);

        Assert.DoesNotContain(Pin, pin.Salt + string.Concat(pin.DigitHashes), StringComparison.Ordinal);
    }

    [Fact]
    public void SEC04_a_password_verifies_for_the_right_input_only_and_each_hash_is_salted()
    {
        var hash = Hasher.HashPassword("BLUEWHALE42");

        Assert.True(Hasher.VerifyPassword(hash, "BLUEWHALE42"));
        Assert.False(Hasher.VerifyPassword(hash, "BLUEWHALE43"));
        Assert.NotEqual(hash, Hasher.HashPassword("BLUEWHALE42"));
        Assert.StartsWith("v1.1000.", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void SEC04_an_answer_verifies_whatever_the_case_and_spacing()
    {
        var hash = Hasher.HashAnswer("Primrose Hill");

        Assert.True(Hasher.VerifyAnswer(hash, "primrose hill"));
        Assert.True(Hasher.VerifyAnswer(hash, " PRIMROSEHILL "));
        Assert.False(Hasher.VerifyAnswer(hash, "Primrose Hall"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1.1000.notbase64")]
    [InlineData("v2.1000.AAAA.AAAA")]
    [InlineData("v1.1000.!!!.!!!")]
    [InlineData("v1.-5.AAAA.AAAA")]
    public void SEC04_a_malformed_stored_hash_never_verifies(string stored) =>
        Assert.False(Hasher.VerifyPassword(stored, "anything"));

    [Fact]
    public void SEC04_the_pin_key_must_be_at_least_32_bytes() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pbkdf2CallerSecretHasher(new byte[16]));

    [Fact]
    public void SEC04_secrets_hold_only_hashes_and_verify_through_the_client_key()
    {
        var key = ClientKey();

        Assert.DoesNotContain(Password, Secrets.PasswordHash, StringComparison.Ordinal);
        Assert.All(Secrets.Questions, q => Assert.DoesNotContain("Answer", q.AnswerHash, StringComparison.Ordinal));
        Assert.True(key.Matches("Password", "blue whale 42"));
        Assert.True(key.Matches("Question3", "answer 3"));
        Assert.False(key.Matches("Question3", "answer 4"));
        Assert.True(key.Matches("Pin2", "0"));
        Assert.False(key.Matches("Pin2", "00"));
        Assert.False(key.Matches("Pin8", "1"));
    }

    [Theory]
    [InlineData("123456", "pin")]
    [InlineData("12345678", "pin")]
    [InlineData("12a4567", "pin")]
    public void SEC03_a_pin_is_seven_digits(string pin, string field) =>
        Assert.Contains(field, Assert.IsType<InvalidInput>(CallerSecrets.Create(new(pin, Password, SevenQuestions), Hasher).Refusal).Errors.Keys);

    [Fact]
    public void SEC03_security_needs_seven_different_questions_each_with_an_answer()
    {
        var six = SevenQuestions.Take(6).ToArray();
        var repeated = SevenQuestions.Take(6).Append(new SecurityQuestionInput("question TEXT 1?", "x")).ToArray();
        var blank = SevenQuestions.Take(6).Append(new SecurityQuestionInput("Pet?", "  ")).ToArray();

        Assert.All(new[] { six, repeated, blank }, questions =>
            Assert.Contains("questions", Assert.IsType<InvalidInput>(CallerSecrets.Create(new(Pin, Password, questions), Hasher).Refusal).Errors.Keys));
    }

    [Fact]
    public void SEC03_a_password_is_required() =>
        Assert.Contains("password", Assert.IsType<InvalidInput>(CallerSecrets.Create(new(Pin, "   ", SevenQuestions), Hasher).Refusal).Errors.Keys);
}
