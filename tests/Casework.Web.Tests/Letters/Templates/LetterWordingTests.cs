using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Templates;
using static Casework.Web.Tests.Letters.Templates.LetterTestData;

namespace Casework.Web.Tests.Letters.Templates;

/// <summary>What particular letters must say (EC-06, EC-07, SEC-07, COR-03, AM-04).</summary>
public sealed class LetterWordingTests
{
    [Fact]
    public void COR01_the_shared_instance_loads_from_the_output_folder()
    {
        Assert.Equal(AllCodes.Length, LetterTemplates.Instance.Codes.Count);
        Assert.Same(LetterTemplates.Instance, LetterTemplates.Instance);
    }

    [Theory]
    [InlineData(LetterLanguage.English)]
    [InlineData(LetterLanguage.Welsh)]
    public void EC06_CMSL8500_contains_the_complaint_reference(LetterLanguage language)
    {
        var letter = Shipped.Render(Request("CMSL8500", language));

        Assert.Contains(letter.Body, block => block.Text.Contains("CMP-2026-000123", StringComparison.Ordinal));
    }

    [Fact]
    public void EC07_CMSL8501_lists_each_plan_line()
    {
        var letter = Shipped.Render(Request("CMSL8501"));

        Assert.Contains(letter.Body, block => block.Text == "- Refund the overpayment of £40.00\n- Correct your DEO schedule");
    }

    [Fact]
    public void SEC07_the_identity_email_has_the_fixed_subject_and_comes_from_the_information_request_inbox()
    {
        Assert.True(Shipped.IsEmail("IDEMAIL"));
        Assert.Equal(
            "Child Maintenance Service – Important Information – Do Not Reply via Email",
            Shipped.Subject("IDEMAIL", LetterLanguage.English));
        Assert.Equal(Shipped.Subject("IDEMAIL", LetterLanguage.English), Shipped.Render(Request("IDEMAIL")).Title);
        Assert.StartsWith("Gwasanaeth Cynhaliaeth Plant", Shipped.Subject("IDEMAIL", LetterLanguage.Welsh), StringComparison.Ordinal);
        Assert.Equal("employer.information.request@cms.example", Shipped.FromMailbox);
    }

    [Fact]
    public void SEC07_only_the_identity_email_is_an_email()
    {
        Assert.Equal(["IDEMAIL"], Shipped.Codes.Where(Shipped.IsEmail));
        Assert.Throws<LetterTemplateException>(() => Shipped.Subject("CMSL8500", LetterLanguage.English));
    }

    [Theory]
    [InlineData(LetterLanguage.English, "This is a copy of the letter we sent you on 3 March 2026 (letter CMSL8500).")]
    [InlineData(LetterLanguage.Welsh, "Dyma gopi o'r llythyr a anfonwyd atoch gennym ar 3 Mawrth 2026 (llythyr CMSL8500).")]
    public void COR03_the_covering_letter_names_the_original_code_and_date(LetterLanguage language, string expected)
    {
        var letter = Shipped.Render(Request("COVER", language));

        Assert.Equal(expected, letter.Body[0].Text);
    }

    [Theory]
    [InlineData("CMSL8003")]
    [InlineData("CMSL8005")]
    [InlineData("CMSL8006")]
    public void AM04_account_manager_letters_give_the_managers_name_and_phone(string code)
    {
        var text = string.Join("\n", AllText(Shipped.Render(Request(code))));

        Assert.Contains("Priya Patel", text, StringComparison.Ordinal);
        Assert.Contains("0800 123 4567 extension 2041", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CMSL8004")]
    [InlineData("CMSL8007")]
    public void AM04_letters_without_an_account_manager_name_the_segment_team(string code)
    {
        var text = string.Join("\n", AllText(Shipped.Render(Request(code, LetterLanguage.Welsh))));

        Assert.Contains("Employer Payments Team North", text, StringComparison.Ordinal);
    }

    [Fact]
    public void COR07_CMSL2040_gives_the_paying_parent_and_the_deduction()
    {
        var text = string.Join("\n", AllText(Shipped.Render(Request("CMSL2040"))));

        foreach (var value in new[] { "John Smith", "QQ 12 34 56 C", "£125.00", "every month from 1 June 2026" })
        {
            Assert.Contains(value, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void COR05_letter_dates_are_written_out_in_the_letters_language()
    {
        Assert.Equal("1 January 2027", LetterDates.Format(new DateOnly(2027, 1, 1), LetterLanguage.English));
        Assert.Equal("25 Rhagfyr 2026", LetterDates.Format(new DateOnly(2026, 12, 25), LetterLanguage.Welsh));
    }
}
