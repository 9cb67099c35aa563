using Casework.Web.Infrastructure.Letters.Templates;
using static Casework.Web.Tests.Letters.Templates.LetterTestData;

namespace Casework.Web.Tests.Letters.Templates;

/// <summary>Optional paragraphs by code and the choice rules (EC-07, EC-14, COR-07).</summary>
public sealed class ParagraphRuleTests
{
    private const string CouldNotReach = "We tried to get in touch with you to discuss this further but were unable to reach you.";

    [Fact]
    public void EC07_CMSL8501_prints_TM_01545_E_when_phone_contact_failed()
    {
        var letter = Shipped.Render(Request("CMSL8501") with { Paragraphs = ["TM_01545_E"] });

        Assert.Contains(letter.Body, block => block.Text == CouldNotReach);
    }

    [Fact]
    public void EC11_CMSL8501_without_TM_01545_E_leaves_it_out()
    {
        var letter = Shipped.Render(Request("CMSL8501") with { Paragraphs = [] });

        Assert.DoesNotContain(letter.Body, block => block.Text == CouldNotReach);
        Assert.Equal(["TM_01545_E"], Shipped.AllowedParagraphs("CMSL8501"));
    }

    [Theory]
    [InlineData("TM_020275_E", "We're writing to confirm the outcome of our phone conversation.")]
    [InlineData("TM_02276_E", "We're writing regarding the above complaint as we were unable to contact you by phone.")]
    public void EC14_CMSL8502_prints_the_chosen_paragraph(string paragraph, string text)
    {
        var letter = Shipped.Render(Request("CMSL8502") with { Paragraphs = [paragraph] });

        Assert.Contains(letter.Body, block => block.Text == text);
    }

    [Fact]
    public void EC14_CMSL8502_needs_exactly_one_of_its_two_paragraphs()
    {
        Assert.Equal(LetterParagraphChoice.ExactlyOne, Shipped.ParagraphChoice("CMSL8502"));
        var none = Assert.Throws<LetterTemplateException>(() => Shipped.Render(Request("CMSL8502") with { Paragraphs = [] }));
        Assert.Contains("TM_020275_E or TM_02276_E", none.Message, StringComparison.Ordinal);
        Assert.Throws<LetterTemplateException>(() =>
            Shipped.Render(Request("CMSL8502") with { Paragraphs = ["TM_020275_E", "TM_02276_E"] }));
    }

    [Theory]
    [InlineData("CMSL8502", "TM_01545_E")]
    [InlineData("CMSL8501", "TM_02276_E")]
    [InlineData("CMSL8500", "TM_01545_E")]
    [InlineData("CMSL8003", "CMSL2040_REISSUE_FIU")]
    public void COR01_a_paragraph_not_allowed_for_the_code_is_refused(string code, string paragraph)
    {
        var error = Assert.Throws<LetterTemplateException>(() =>
            Shipped.Render(Request(code) with { Paragraphs = [paragraph] }));

        Assert.Contains(paragraph, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void COR01_a_paragraph_chosen_twice_is_refused()
    {
        Assert.Throws<LetterTemplateException>(() =>
            Shipped.Render(Request("CMSL8501") with { Paragraphs = ["TM_01545_E", "TM_01545_E"] }));
    }

    [Fact]
    public void COR07_CMSL2040_states_at_most_one_reissue_reason()
    {
        Assert.Equal(3, Shipped.AllowedParagraphs("CMSL2040").Count);
        var first = Shipped.Render(Request("CMSL2040"));
        var reissued = Shipped.Render(Request("CMSL2040") with { Paragraphs = ["CMSL2040_REISSUE_CORRECTION"] });

        Assert.Equal(first.Body.Count + 1, reissued.Body.Count);
        Assert.Contains(reissued.Body, block => block.Text.Contains("incorrect or missing information", StringComparison.Ordinal));
        Assert.Throws<LetterTemplateException>(() => Shipped.Render(
            Request("CMSL2040") with { Paragraphs = ["CMSL2040_REISSUE_SCHEDULE", "CMSL2040_REISSUE_FIU"] }));
    }
}
