using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Templates;
using static Casework.Web.Tests.Letters.Templates.LetterTestData;

namespace Casework.Web.Tests.Letters.Templates;

/// <summary>Every code exists in both languages and renders completely (COR-01, COR-05).</summary>
public sealed class TemplateCompletenessTests
{
    [Fact]
    public void COR01_the_catalogue_has_every_letter_code_of_the_procedures()
    {
        Assert.Equal(AllCodes.Order(StringComparer.Ordinal), Shipped.Codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes), MemberType = typeof(LetterTestData))]
    public void COR01_every_template_renders_in_English_and_Welsh(string code)
    {
        var english = Shipped.Render(Request(code, LetterLanguage.English));
        var welsh = Shipped.Render(Request(code, LetterLanguage.Welsh));

        foreach (var letter in new[] { english, welsh })
        {
            Assert.Equal(code, letter.Code);
            Assert.False(string.IsNullOrWhiteSpace(letter.Title));
            Assert.False(string.IsNullOrWhiteSpace(letter.Salutation));
            Assert.False(string.IsNullOrWhiteSpace(letter.SignOff));
            Assert.NotEmpty(letter.Body);
            Assert.All(letter.Body, block => Assert.False(string.IsNullOrWhiteSpace(block.Text)));
            Assert.All(AllText(letter), text => Assert.DoesNotContain("{{", text, StringComparison.Ordinal));
            Assert.All(AllText(letter), text => Assert.DoesNotContain("{%", text, StringComparison.Ordinal));
            Assert.Equal("SR-000042", letter.Reference);
        }

        Assert.Equal(LetterLanguage.Welsh, welsh.Language);
        Assert.NotEqual(english.Title, welsh.Title);
        Assert.NotEqual(english.Salutation, welsh.Salutation);
        Assert.NotEqual(english.SignOff, welsh.SignOff);
        Assert.NotEqual(english.Body.Select(block => block.Text), welsh.Body.Select(block => block.Text));
    }

    [Theory]
    [InlineData("CMSL8500", "caseworkerName,complaintReference,employerName")]
    [InlineData("CMSL8501", "caseworkerName,complaintReference,employerName,planLines")]
    [InlineData("CMSL8502", "caseworkerName,complaintReference,employerName")]
    [InlineData("CMSL8003", "accountManagerName,accountManagerPhone,employerName")]
    [InlineData("CMSL8004", "employerName,segmentTeamName")]
    [InlineData("CMSL8005", "accountManagerName,accountManagerPhone,employerName")]
    [InlineData("CMSL8006", "accountManagerName,accountManagerPhone,employerName")]
    [InlineData("CMSL8007", "employerName,segmentTeamName")]
    [InlineData("CMSL2040", "deductionAmount,deductionSchedule,employerName,payingParentName,payingParentNino")]
    [InlineData("COVER", "originalCode,originalDate")]
    [InlineData("IDEMAIL", "caseworkerName,employerName")]
    public void COR01_required_fields_are_the_fields_each_template_uses(string code, string fields)
    {
        Assert.Equal(fields.Split(','), Shipped.RequiredFields(code));
    }

    [Fact]
    public void COR04_text_is_plain_not_html_encoded()
    {
        var request = Request("CMSL8500") with
        {
            Fields = new Dictionary<string, string>(Fields("CMSL8500")) { ["employerName"] = "Smith & Sons <Builders> \"Ltd\"" },
        };

        var letter = Shipped.Render(request);

        Assert.Equal("Dear Smith & Sons <Builders> \"Ltd\"", letter.Salutation);
    }

    [Fact]
    public void COR01_a_field_value_is_printed_as_given_never_run_as_liquid()
    {
        var request = Request("CMSL8500") with
        {
            Fields = new Dictionary<string, string>(Fields("CMSL8500")) { ["employerName"] = "{{ complaintReference }}" },
        };

        Assert.Equal("Dear {{ complaintReference }}", Shipped.Render(request).Salutation);
    }

    [Fact]
    public void COR01_unknown_codes_are_refused()
    {
        Assert.Throws<LetterTemplateException>(() => Shipped.Render(Request("CMSL8500") with { Code = "CMSL9999" }));
        Assert.Throws<LetterTemplateException>(() => Shipped.RequiredFields("NOPE"));
    }
}
