using Casework.Domain.Contact;
using Casework.Domain.Parties;

namespace Casework.Domain.Tests.Contact;

/// <summary>COR-05: a Welsh speaker gets a call-back from the Welsh language unit.</summary>
public sealed class WelshLanguageCallBackTests
{
    [Fact]
    public void COR05_a_welsh_speaking_employer_or_client_gets_a_call_back_from_the_welsh_language_unit()
    {
        var task = WelshLanguageCallBack.For(PreferredLanguage.Welsh, "10000001");

        Assert.NotNull(task);
        Assert.Equal("WELSH-LANGUAGE-UNIT", task.TeamCode);
        Assert.Equal("10000001", task.PartyReference);
        Assert.StartsWith("COR-05", task.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void COR05_an_english_speaker_needs_no_call_back() =>
        Assert.Null(WelshLanguageCallBack.For(PreferredLanguage.English, "700000001"));
}
