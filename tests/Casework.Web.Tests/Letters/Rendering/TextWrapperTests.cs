using Casework.Web.Infrastructure.Letters.Rendering;

namespace Casework.Web.Tests.Letters.Rendering;

public sealed class TextWrapperTests
{
    // One unit per character: a width of 10 holds ten characters.
    private static double Measure(string s) => s.Length;

    [Fact]
    public void COR01_wraps_on_spaces_without_exceeding_the_width()
    {
        var lines = TextWrapper.Wrap("the quick brown fox jumps over the lazy dog", 10, Measure);

        Assert.Equal(["the quick", "brown fox", "jumps over", "the lazy", "dog"], lines);
    }

    [Fact]
    public void COR01_breaks_a_word_longer_than_the_line()
    {
        var lines = TextWrapper.Wrap("ab abcdefghijklmnopqrstuvwxyz cd", 10, Measure);

        Assert.Equal(["ab", "abcdefghij", "klmnopqrst", "uvwxyz cd"], lines);
        Assert.Empty(TextWrapper.Wrap("   ", 10, Measure));
    }
}
