using System.Globalization;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using CsCheck;
using static Casework.Domain.Tests.Contact.ContactBuilders;

namespace Casework.Domain.Tests.Contact;

/// <summary>SEC-01/02/03 over many draws: never repeat within a check, never ask about an empty field, cover every field.</summary>
public sealed class QuestionChoicePropertyTests
{
    private const int Draws = 500;

    private static readonly string[] _employerFields =
        ["AdditionalPhone", "Fax", "Email", "ContactName", "PayDates", "VoicemailAuthorisation", "PayrollAddress"];

    // Each employer field is held or empty (null, blank or punctuation only) independently; a pay date without a
    // cut-off date is not enough for the one "pay date and payroll cut-off" question.
    private static readonly Gen<(bool[] Held, EmployerSecurityFacts Facts)> _employer =
        Gen.Select(Gen.Bool.Array[7], Gen.OneOf<string?>(null, "", "  ", "-", " ./ "), Gen.Bool)
            .Select((held, empty, payDayOnly) => (held, new EmployerSecurityFacts(
                "10000001",
                held[0] ? FullEmployer.AdditionalPhones : [empty ?? "-"],
                held[1] ? FullEmployer.Fax : empty,
                held[2] ? FullEmployer.Email : empty,
                held[3] ? FullEmployer.ContactNames : [empty ?? " "],
                held[4] || payDayOnly ? 25 : null,
                held[4] ? 20 : null,
                held[5] ? true : null,
                held[6] ? FullEmployer.PayrollAddress : empty)));

    [Fact]
    public void SEC01_employer_choice_never_repeats_never_picks_an_empty_field_and_refuses_below_three() =>
        Gen.Select(_employer, Gen.Int).Sample((employer, seed) =>
        {
            var facts = employer.Facts;
            var key = facts.AnswerKey();
            var usable = key.Usable.Select(q => q.Id).ToHashSet();
            var chosen = key.Choose(Seeded(seed));
            if (usable.Count < 3)
            {
                return !chosen.IsSuccess;
            }

            var ids = chosen.Value!.Select(q => q.Id).ToArray();
            return ids.Length == 3 && ids.Distinct().Count() == 3 && ids.All(usable.Contains)
                && ids.All(id => key.Matches(id, RightAnswer(facts, id)));
        });

    [Fact]
    public void SEC01_usable_employer_fields_are_exactly_the_held_ones() =>
        _employer.Sample(employer =>
            employer.Facts.AnswerKey().Usable.Select(q => q.Id).SequenceEqual(_employerFields.Where((_, i) => employer.Held[i])));

    [Fact]
    public void SEC01_over_many_draws_every_employer_field_is_asked()
    {
        var random = Seeded(20260302);
        var asked = Enumerable.Range(0, Draws).SelectMany(_ => FullEmployer.AnswerKey().Choose(random).Value!).Select(q => q.Id).ToHashSet();

        Assert.Equal(FullEmployer.AnswerKey().Usable.Select(q => q.Id).Order(), asked.Order());
    }

    [Fact]
    public void SEC02_over_many_draws_every_agent_field_is_asked_and_none_twice_in_a_check()
    {
        var random = Seeded(20260303);
        var checks = Enumerable.Range(0, Draws).Select(_ => FullAgent.AnswerKey().Choose(random).Value!.Select(q => q.Id).ToArray()).ToArray();

        Assert.All(checks, ids => Assert.Equal(3, ids.Distinct().Count()));
        Assert.Equal(["AddressLine1", "Earn", "Email", "Phone", "Postcode"], checks.SelectMany(ids => ids).Distinct().Order());
    }

    [Fact]
    public void SEC03_client_choice_is_two_distinct_positions_the_password_and_two_distinct_questions() =>
        Gen.Int.Sample(seed =>
        {
            var ids = ClientKey().Choose(Seeded(seed)).Value!.Select(q => q.Id).ToArray();
            var pins = ids.Where(id => id.StartsWith("Pin", StringComparison.Ordinal)).Select(id => int.Parse(id[3..], CultureInfo.InvariantCulture)).ToArray();
            var questions = ids.Where(id => id.StartsWith("Question", StringComparison.Ordinal)).ToArray();
            return ids.Length == 5 && ids.Distinct().Count() == 5 && ids.Contains("Password")
                && pins.Length == 2 && pins.All(p => p is >= 1 and <= 7) && pins[0] < pins[1]
                && questions.Length == 2;
        });

    [Fact]
    public void SEC03_over_many_draws_every_pin_position_and_every_question_is_asked()
    {
        var random = Seeded(20260304);
        var asked = Enumerable.Range(0, Draws).SelectMany(_ => ClientKey().Choose(random).Value!).Select(q => q.Id).ToHashSet();

        var expected = Enumerable.Range(1, 7).SelectMany(n => new[] { $"Pin{n}", $"Question{n}" }).Append("Password");
        Assert.Equal(expected.Order(), asked.Order());
    }

    [Fact]
    public void SEC03_right_answers_to_any_chosen_client_questions_match_and_wrong_ones_do_not() =>
        Gen.Int.Sample(seed =>
        {
            var key = ClientKey();
            return key.Choose(Seeded(seed)).Value!.All(q =>
                key.Matches(q.Id, RightClientAnswer(q.Id)) && !key.Matches(q.Id, WrongClientAnswer(q.Id)));
        }, iter: 50);

    internal static string RightClientAnswer(string id) => id switch
    {
        "Password" => Password.ToLowerInvariant(),
        _ when id.StartsWith("Pin", StringComparison.Ordinal) => Pin[int.Parse(id[3..], CultureInfo.InvariantCulture) - 1].ToString(CultureInfo.InvariantCulture),
        _ => $"answer {id["Question".Length..]}",
    };

    internal static string WrongClientAnswer(string id) => id switch
    {
        "Password" => "Blue Whale 24",
        _ when id.StartsWith("Pin", StringComparison.Ordinal) => ((Pin[int.Parse(id[3..], CultureInfo.InvariantCulture) - 1] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture),
        _ => "wrong",
    };
}
