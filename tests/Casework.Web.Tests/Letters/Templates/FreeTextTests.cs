using Casework.Web.Infrastructure.Letters.Templates;
using static Casework.Web.Tests.Letters.Templates.LetterTestData;

namespace Casework.Web.Tests.Letters.Templates;

/// <summary>Free text: its own block, required where the procedure says to complete it (COR-01).</summary>
public sealed class FreeTextTests
{
    [Theory]
    [InlineData("CMSL8501")] // 000: "Complete the free text box detailing the nature of the customer's complaint…"
    [InlineData("CMSL8502")] // 000 / EC-14: closure letter plus free text
    [InlineData("CMSL8006")] // 003: "Complete the free text explaining why the change has been declined"
    public void COR01_free_text_is_required_where_the_procedure_says_to_complete_it(string code)
    {
        Assert.Equal(LetterFreeText.Required, Shipped.FreeText(code));
        foreach (var missing in new[] { null, "", "   " })
        {
            var error = Assert.Throws<LetterTemplateException>(() => Shipped.Render(Request(code) with { FreeText = missing }));
            Assert.Equal(["freeText"], error.MissingFields);
        }
    }

    [Theory]
    [InlineData("CMSL8500")]
    [InlineData("CMSL8003")]
    [InlineData("CMSL8004")]
    [InlineData("CMSL8007")]
    [InlineData("CMSL2040")]
    [InlineData("COVER")]
    [InlineData("IDEMAIL")]
    public void COR01_letters_that_are_all_system_generated_refuse_free_text(string code)
    {
        Assert.Equal(LetterFreeText.None, Shipped.FreeText(code));
        Assert.Throws<LetterTemplateException>(() => Shipped.Render(Request(code) with { FreeText = "Extra words" }));
    }

    [Fact]
    public void AM04_CMSL8005_free_text_is_optional_and_printed_as_its_own_block()
    {
        var without = Shipped.Render(Request("CMSL8005") with { FreeText = null });
        var with = Shipped.Render(Request("CMSL8005") with { FreeText = "  Your previous account manager has left us.\nWe're sorry for any inconvenience.  " });

        Assert.Equal(without.Body.Count + 1, with.Body.Count);
        var block = Assert.Single(with.Body, block => block.Text.StartsWith("Your previous", StringComparison.Ordinal));
        Assert.Null(block.Heading);
        Assert.Equal("Your previous account manager has left us.\nWe're sorry for any inconvenience.", block.Text);
    }

    [Fact]
    public void COR01_free_text_is_printed_as_written_never_run_as_liquid()
    {
        var letter = Shipped.Render(Request("CMSL8006") with { FreeText = "We can't do this {{ employerName }} & <now>." });

        Assert.Contains(letter.Body, block => block.Text == "We can't do this {{ employerName }} & <now>.");
    }
}
