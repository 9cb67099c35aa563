using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Tests.Builders;

namespace Casework.Domain.Tests.Clients;

/// <summary>P-05 / P-07: a representative's address is whole or absent, with a real UK postcode in its printed form.</summary>
public sealed class PostalAddressTests
{
    [Theory]
    [InlineData("yo213pu", "YO21 3PU")]
    [InlineData(" YO21  3PU ", "YO21 3PU")]
    [InlineData("ec1a 1bb", "EC1A 1BB")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("gir 0aa", "GIR 0AA")]
    public void P07_a_first_line_and_a_uk_postcode_make_an_address_with_the_postcode_printed(string postcode, string printed)
    {
        var address = PostalAddress.From("  4 Harbour Row, Whitby ", postcode).Value!;

        Assert.Equal(("4 Harbour Row, Whitby", printed), (address.Line1, address.Postcode));
        Assert.Equal(["4 Harbour Row, Whitby", printed], address.Lines);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", " ")]
    public void P05_no_address_at_all_is_allowed_and_gives_none(string? line1, string? postcode)
    {
        var address = PostalAddress.From(line1, postcode);

        Assert.True(address.IsSuccess);
        Assert.Null(address.Value);
    }

    [Theory]
    [InlineData("4 Harbour Row", null, "postcode")]
    [InlineData("4 Harbour Row", "  ", "postcode")]
    [InlineData(null, "YO21 3PU", "addressLine1")]
    [InlineData("", "YO21 3PU", "addressLine1")]
    public void P07_half_an_address_is_refused_naming_the_missing_field(string? line1, string? postcode, string field) =>
        Assert.Equal([field], Assert.IsType<InvalidInput>(PostalAddress.From(line1, postcode).Refusal).Errors.Keys);

    [Theory]
    [InlineData("12345")]
    [InlineData("YO21")]
    [InlineData("YO21 3P")]
    [InlineData("1O21 3PU")]
    [InlineData("YO21 3PUX")]
    [InlineData("YO21-3PU")]
    public void P07_a_postcode_that_is_not_a_uk_postcode_is_refused(string postcode) =>
        Assert.Contains("real UK postcode", Assert.Single(Assert.IsType<InvalidInput>(PostalAddress.From("4 Harbour Row", postcode).Refusal).Errors["postcode"]),
            StringComparison.Ordinal);

    [Fact]
    public void P07_a_first_line_over_200_characters_is_refused() =>
        Assert.Equal(["addressLine1"], Assert.IsType<InvalidInput>(PostalAddress.From(new string('x', 201), "YO21 3PU").Refusal).Errors.Keys);

    [Fact]
    public void P05_a_representative_keeps_the_address_set_up_and_changed_and_an_employer_gets_none()
    {
        var address = PostalAddress.From("4 Harbour Row, Whitby", "YO21 3PU").Value;
        var secrets = Contact.ContactBuilders.Secrets;
        var representative = Representative.SetUp(new("55500009", "Pat Proxy", "700000001", false, null, address), secrets, Actors.Caseworker, Contact.ContactBuilders.At).Value!;
        Assert.Equal(address, representative.Address);
        Assert.Contains("letters to 4 Harbour Row, Whitby, YO21 3PU", representative.PendingAudit[0].After!, StringComparison.Ordinal);

        var moved = PostalAddress.From("1 Quay Street", "ll65 1aa").Value;
        Assert.Null(representative.Change("Pat Proxy", false, moved, Actors.Caseworker, Contact.ContactBuilders.At));
        Assert.Equal(("1 Quay Street", "LL65 1AA"), (representative.AddressLine1, representative.Postcode));
        Assert.Null(representative.Change("Pat Proxy", false, null, Actors.Caseworker, Contact.ContactBuilders.At));
        Assert.Null(representative.Address);

        var employer = Representative.SetUp(new("55500010", "Payroll", "700000001", false, "10000001", address), null, Actors.Caseworker, Contact.ContactBuilders.At);
        Assert.Equal(["addressLine1"], Assert.IsType<InvalidInput>(employer.Refusal).Errors.Keys);
    }
}
