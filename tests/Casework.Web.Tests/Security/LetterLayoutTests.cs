using Casework.Web.Infrastructure.Letters.Rendering;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 item 1: an over-long word is broken in linear time, and layout stops when asked to.</summary>
public sealed class LetterLayoutTests
{
    [Fact]
    public void A_160000_character_word_is_broken_with_a_linear_amount_of_measuring()
    {
        long measured = 0;
        double Measure(string s)
        {
            measured += s.Length;
            return s.Length;
        }

        var word = new string('m', 160_000);
        var lines = TextWrapper.Wrap("before " + word + " after", 80, Measure);

        Assert.Equal(word, string.Concat(lines.Skip(1).Take(2_000)));
        Assert.All(lines, l => Assert.True(l.Length <= 80));
        Assert.True(measured <= 4L * word.Length, $"Measured {measured:N0} characters for a {word.Length:N0}-character word.");
    }

    [Fact]
    public void Breaking_a_long_word_never_splits_a_surrogate_pair()
    {
        var word = string.Concat(Enumerable.Repeat("\U0001F600", 50));
        var lines = TextWrapper.Wrap(word, 7, s => s.Length);
        Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l[^1])));
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Wrapping_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => TextWrapper.Wrap(new string('z', 10_000), 10, s => s.Length, cancelled.Token));
    }
}
