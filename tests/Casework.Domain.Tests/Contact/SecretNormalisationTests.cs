using Casework.Domain.Contact;
using Casework.Domain.Security;

namespace Casework.Domain.Tests.Contact;

/// <summary>SEC-04 / DESIGN "Secrets of callers": answers compare without case or spaces; account fields without punctuation.</summary>
public sealed class SecretNormalisationTests
{
    [Theory]
    [InlineData("Blue Whale", "BLUEWHALE")]
    [InlineData("  blue\twhale \n", "BLUEWHALE")]
    [InlineData("St. Albans", "ST.ALBANS")]
    [InlineData("", "")]
    public void SEC04_answers_ignore_case_and_all_white_space(string given, string expected) =>
        Assert.Equal(expected, SecretNormalisation.Answer(given));

    [Fact]
    public void SEC04_composed_and_decomposed_welsh_letters_are_the_same_answer() =>
        Assert.Equal(SecretNormalisation.Answer("Dŵr"), SecretNormalisation.Answer("Dw\u0302r"));

    [Theory]
    [InlineData("+44 (0)20 7946 0000", "02079460000")]
    [InlineData("+44 20 7946 0000", "02079460000")]
    [InlineData("0044 20 7946 0000", "02079460000")]
    [InlineData("020-7946 0000", "02079460000")]
    [InlineData("(020) 7946.0000", "02079460000")]
    [InlineData("+33 1 23 45 67 89", "33123456789")]
    public void SEC01_phone_numbers_compare_by_digits_with_the_uk_country_code_as_a_leading_zero(string given, string expected) =>
        Assert.Equal(expected, SecretNormalisation.Phone(given));

    [Theory]
    [InlineData("1 Mill Lane, Leeds", "1MILLLANELEEDS")]
    [InlineData("ls1 1aa", "LS11AA")]
    [InlineData(" - ", "")]
    public void SEC01_account_text_keeps_only_letters_and_digits(string given, string expected) =>
        Assert.Equal(expected, SecretNormalisation.AccountText(given));

    [Theory]
    [InlineData("y", "YES")]
    [InlineData(" Yes ", "YES")]
    [InlineData("no", "NO")]
    [InlineData("maybe", null)]
    public void SEC01_yes_no_answers_accept_the_usual_spoken_forms(string given, string? expected) =>
        Assert.Equal(expected, SecretNormalisation.YesNo(given));

    [Fact]
    public void SEC01_numbers_are_read_in_order_from_free_text() =>
        Assert.Equal([25, 20], SecretNormalisation.Numbers("the 25th, cut-off on 20th"));

    [Theory]
    [InlineData("  Mixed Case  Answer ")]
    [InlineData("+44 (0)1632 960 001")]
    [InlineData("Dw\u0302r")]
    public void SEC04_normalising_twice_changes_nothing(string given)
    {
        Assert.Equal(SecretNormalisation.Answer(given), SecretNormalisation.Answer(SecretNormalisation.Answer(given)));
        Assert.Equal(SecretNormalisation.AccountText(given), SecretNormalisation.AccountText(SecretNormalisation.AccountText(given)));
        Assert.Equal(SecretNormalisation.Phone(given), SecretNormalisation.Phone(SecretNormalisation.Phone(given)));
    }
}
