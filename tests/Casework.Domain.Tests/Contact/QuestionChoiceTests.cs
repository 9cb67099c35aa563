using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Parties;
using static Casework.Domain.Tests.Contact.ContactBuilders;

namespace Casework.Domain.Tests.Contact;

/// <summary>SEC-01/02/03: which questions may be chosen, and how each is answered.</summary>
public sealed class QuestionChoiceTests
{
    private static readonly string[] _employerFields =
        ["AdditionalPhone", "Fax", "Email", "ContactName", "PayDates", "VoicemailAuthorisation", "PayrollAddress"];

    [Fact]
    public void SEC01_employer_check_asks_three_distinct_account_questions()
    {
        var questions = FullEmployer.AnswerKey().Choose(Seeded(1)).Value!;

        Assert.Equal(3, questions.Select(q => q.Id).Distinct().Count());
        Assert.All(questions, q => Assert.Contains(q.Id, _employerFields));
    }

    [Fact]
    public void SEC01_every_employer_field_in_the_procedure_is_askable_when_held() =>
        Assert.Equal(_employerFields, FullEmployer.AnswerKey().Usable.Select(q => q.Id));

    [Fact]
    public void SEC01_the_main_phone_is_not_an_additional_phone()
    {
        var employer = new Employer("10000003", new EmployerDetails(
            "Acme", Region.EnglandAndWales, null, null, ["0113 496 0000"], null, false, null, [], null, null, false, PreferredLanguage.English), "SEG1");

        var facts = EmployerSecurityFacts.From(employer);

        Assert.Empty(facts.AdditionalPhones);
        Assert.DoesNotContain("AdditionalPhone", facts.AnswerKey().Usable.Select(q => q.Id));
    }

    [Fact]
    public void SEC01_empty_and_blank_fields_are_never_askable()
    {
        var facts = EmptyEmployer with { Fax = "  ", Email = "", ContactNames = [" "], PayDay = 25, PayrollAddress = "-", AdditionalPhones = ["n/a"] };

        Assert.Empty(facts.AnswerKey().Usable);
    }

    [Fact]
    public void SEC01_too_few_fields_are_refused_with_the_fields_held()
    {
        var facts = EmptyEmployer with { Fax = "01632 960099", Email = "a@b.example" };

        var refusal = Assert.IsType<RuleBroken>(facts.AnswerKey().Choose(Seeded(1)).Refusal);

        Assert.Contains("only 2", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("3 are needed", refusal.Reason, StringComparison.Ordinal);
        Assert.StartsWith("SEC-01", refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AdditionalPhone", "01632960002", true)]
    [InlineData("AdditionalPhone", "+44 (0)1632 960001", true)]
    [InlineData("AdditionalPhone", "01632 960003", false)]
    [InlineData("Fax", "(01632) 960-099", true)]
    [InlineData("Email", " PAYROLL@northgate.example ", true)]
    [InlineData("Email", "payroll@northgate.example.com", false)]
    [InlineData("ContactName", "sam smith", true)]
    [InlineData("ContactName", "Sam", false)]
    [InlineData("PayDates", "25th, cut-off 20th", true)]
    [InlineData("PayDates", "20 and 25", false)]
    [InlineData("PayDates", "25", false)]
    [InlineData("VoicemailAuthorisation", "Y", true)]
    [InlineData("VoicemailAuthorisation", "no", false)]
    [InlineData("PayrollAddress", "1 mill lane leeds ls1 1aa", true)]
    [InlineData("PayrollAddress", "2 Mill Lane, Leeds LS1 1AA", false)]
    [InlineData("Unknown", "anything", false)]
    public void SEC01_employer_answers_compare_normalised(string id, string answer, bool right) =>
        Assert.Equal(right, FullEmployer.AnswerKey().Matches(id, answer));

    [Fact]
    public void SEC01_an_employer_who_has_not_authorised_voicemail_answers_no() =>
        Assert.True((FullEmployer with { VoicemailAuthorised = false }).AnswerKey().Matches("VoicemailAuthorisation", "No"));

    [Fact]
    public void SEC02_agent_check_asks_three_of_earn_address_postcode_phone_and_email()
    {
        var key = FullAgent.AnswerKey();

        Assert.Equal(["Earn", "AddressLine1", "Postcode", "Phone", "Email"], key.Usable.Select(q => q.Id));
        Assert.Equal(3, key.Choose(Seeded(7)).Value!.Select(q => q.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("Earn", "ea 000001", true)]
    [InlineData("AddressLine1", "2 quay st", false)]
    [InlineData("AddressLine1", "2, Quay Street", true)]
    [InlineData("Postcode", "m33je", true)]
    [InlineData("Phone", "+44 161 496 0000", true)]
    [InlineData("Email", "Agent@Payroll.example", true)]
    public void SEC02_agent_answers_compare_normalised(string id, string answer, bool right) =>
        Assert.Equal(right, FullAgent.AnswerKey().Matches(id, answer));

    [Fact]
    public void SEC02_an_agent_without_phone_and_email_still_has_three_fields_but_not_more()
    {
        var key = (FullAgent with { Phone = null, Email = " " }).AnswerKey();

        Assert.Equal(["AddressLine1", "Earn", "Postcode"], key.Choose(Seeded(3)).Value!.Select(q => q.Id).Order());
        Assert.IsType<RuleBroken>((FullAgent with { Phone = null, Email = null, Postcode = null }).AnswerKey().Choose(Seeded(3)).Refusal);
    }

    [Fact]
    public void SEC03_client_check_picks_two_distinct_pin_positions_the_password_and_two_distinct_questions()
    {
        var questions = ClientKey().Choose(Seeded(11)).Value!.Select(q => q.Id).ToArray();

        Assert.Equal(5, questions.Length);
        Assert.Equal(2, questions.Count(id => id.StartsWith("Pin", StringComparison.Ordinal)));
        Assert.Equal(2, questions.Where(id => id.StartsWith("Question", StringComparison.Ordinal)).Distinct().Count());
        Assert.Contains("Password", questions);
        Assert.Equal(5, questions.Distinct().Count());
    }

    [Fact]
    public void SEC03_question_prompts_are_the_clients_own_questions_never_their_answers()
    {
        var questions = ClientKey().Choose(Seeded(5)).Value!;

        Assert.All(questions.Where(q => q.Id.StartsWith("Question", StringComparison.Ordinal)),
            q => Assert.Equal($"Question text {q.Id["Question".Length..]}?", q.Prompt));
        Assert.All(questions, q => Assert.DoesNotContain("Answer", q.Prompt, StringComparison.Ordinal));
    }

    [Fact]
    public void SEC03_a_client_without_security_set_up_is_refused() =>
        Assert.IsType<RuleBroken>(new ClientAnswerKey("Client 1", null, Hasher).Choose(Seeded(1)).Refusal);

    [Fact]
    public void SEC03_the_same_seed_gives_the_same_questions() =>
        Assert.Equal(ClientKey().Choose(Seeded(99)).Value!, ClientKey().Choose(Seeded(99)).Value!);
}
