using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Templates;
using static Casework.Web.Tests.Letters.Templates.LetterTestData;

namespace Casework.Web.Tests.Letters.Templates;

/// <summary>A letter is never printed with a blank: missing input fails loudly (COR-01).</summary>
public sealed class MissingFieldTests
{
    [Theory]
    [MemberData(nameof(CodesAndFields), MemberType = typeof(LetterTestData))]
    public void COR01_a_missing_field_throws_naming_it(string code, string field)
    {
        var fields = Fields(code);
        fields.Remove(field);

        foreach (var language in Enum.GetValues<LetterLanguage>())
        {
            var error = Assert.Throws<LetterTemplateException>(() => Shipped.Render(Request(code, language) with { Fields = fields }));
            Assert.Equal([field], error.MissingFields);
            Assert.Equal(code, error.Code);
            Assert.Contains(field, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Codes), MemberType = typeof(LetterTestData))]
    public void COR01_a_blank_field_throws_naming_it(string code)
    {
        var fields = Fields(code);
        var blank = Shipped.RequiredFields(code)[^1];
        fields[blank] = "  \n ";

        var error = Assert.Throws<LetterTemplateException>(() => Shipped.Render(Request(code) with { Fields = fields }));

        Assert.Equal([blank], error.MissingFields);
    }

    [Theory]
    [MemberData(nameof(Codes), MemberType = typeof(LetterTestData))]
    public void COR01_every_missing_field_is_named_at_once(string code)
    {
        var error = Assert.Throws<LetterTemplateException>(() =>
            Shipped.Render(Request(code) with { Fields = new Dictionary<string, string>() }));

        Assert.Equal(Shipped.RequiredFields(code), error.MissingFields);
    }

    [Fact]
    public void COR01_a_letter_needs_an_address_and_a_reference()
    {
        var error = Assert.Throws<LetterTemplateException>(() =>
            Shipped.Render(Request("CMSL8500") with { AddressLines = [" "], Reference = "" }));

        Assert.Equal(["reference", "addressLines"], error.MissingFields);
    }

    [Fact]
    public void SEC07_the_identity_email_needs_no_postal_address()
    {
        var email = Shipped.Render(Request("IDEMAIL") with { AddressLines = ["payroll@acme.example"] });

        Assert.Equal(["payroll@acme.example"], email.AddressLines);
        Assert.Equal("IDEMAIL", Shipped.Render(Request("IDEMAIL") with { AddressLines = [] }).Code);
    }
}
