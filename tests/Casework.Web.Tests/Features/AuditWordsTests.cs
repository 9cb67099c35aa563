using System.Text.RegularExpressions;
using Casework.Web.Data;
using Casework.Web.Features;

namespace Casework.Web.Tests.Features;

/// <summary>SR-08, EC-12, CON-05: the audit trail and the history read in words; rule ids only as a hint.</summary>
public sealed partial class AuditWordsTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly AuditWords _words = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EMPLOYER-PAYMENTS"] = "Employer payments",
        ["SUBJECT-ACCESS"] = "Subject access",
    });

    [Theory]
    [InlineData("Open / Open", "Open")]
    [InlineData("InProgress / InProgress", "In progress")]
    [InlineData("PendingApproval / PendingApprovalTL", "Pending approval – pending team leader approval")]
    [InlineData("Closed / Completed", "Closed – completed")]
    [InlineData("Closed / Cancelled (reason: Raised twice)", "Closed – cancelled (reason: Raised twice)")]
    public void SR08_statuses_read_as_words(string code, string words) =>
        Assert.Equal(words, _words.Text(code));

    [Theory]
    [InlineData("team EMPLOYER-PAYMENTS", "Employer payments team")]
    [InlineData("Carys Evans (C1001) in EMPLOYER-PAYMENTS", "Carys Evans (C1001) in Employer payments")]
    [InlineData("Received 2026-12-01, due 2027-01-10, team SUBJECT-ACCESS", "Received 1 December 2026, due 10 January 2027, Subject access team")]
    public void SR08_team_codes_and_dates_read_as_names(string code, string words) =>
        Assert.Equal(words, _words.Text(code));

    [Theory]
    [InlineData("employer-reply.pdf")]
    [InlineData("iPhone photo of the letter")]
    public void COR06_what_a_person_typed_keeps_its_own_case(string typed) =>
        Assert.Equal(typed, _words.Text(typed));

    [Fact]
    public void SR08_a_team_this_class_does_not_know_keeps_its_code_and_a_known_one_its_name()
    {
        Assert.Equal("Employer payments", _words.TeamName("EMPLOYER-PAYMENTS"));
        Assert.Equal("NEW-TEAM", _words.TeamName("NEW-TEAM"));
        Assert.Equal("Welsh language unit", AuditWords.Seeded.TeamName("WELSH-LANGUAGE-UNIT"));
    }

    [Fact]
    public void SEC05_rule_ids_leave_the_text_and_become_the_hint()
    {
        var line = _words.Read(_at, "system", "Identity locked", null, "Until 2026-12-01T10:30:00.0000000+00:00 after 3 failed checks (SEC-05)");

        Assert.Equal("Until 1 December 2026 10:30 after 3 failed checks", line.After);
        Assert.Equal(["SEC-05"], line.Rules);
        Assert.Equal("SEC-05", line.RuleHint);
    }

    [Theory]
    [InlineData("SEC-08 / AM-05: employer 10000001 has account manager Alex Morgan (S1), so the call goes to them.", "SEC-08, AM-05")]
    [InlineData("CON-01/02: one change of circumstances on 2026-12-01 needs a call.", "CON-01, CON-02")]
    [InlineData("Call due 2026-12-02: CON-03: 2 changes of circumstances fall within 3 days", "CON-03")]
    public void CON01_rule_groups_are_hints_and_the_rest_reads_plainly(string text, string hint)
    {
        var rules = new List<string>();

        var words = _words.Text(text, rules);

        Assert.Equal(hint, string.Join(", ", rules));
        Assert.DoesNotMatch(RuleId(), words!);
        Assert.DoesNotMatch(IsoDate(), words!);
    }

    [Theory]
    [InlineData("1. FinancialRedress: For the delay — Financial redress £50.00", "1. Financial redress: For the delay — Financial redress £50.00")]
    [InlineData("2. CorrectDeductionSchedule: Put the schedule right", "2. Correct the deduction schedule: Put the schedule right")]
    [InlineData("3. Refund: Surplus — Refund £20.00 paid at once", "3. Refund of surplus payments: Surplus — Refund £20.00 paid at once")]
    public void EC12_plan_lines_in_the_history_name_the_resolution_type(string line, string words) =>
        Assert.Equal(words, _words.Text(line));

    [Fact]
    public void EC11_team_leader_approval_and_flags_read_as_words()
    {
        var line = _words.Read(_at, "Tom Leadbetter (T1)", "TL approval", "Pending", "Y (inbox item Accepted)");

        Assert.Equal(("Team leader approval", "Pending", "Yes (inbox item Accepted)"), (line.What, line.Before, line.After));
        Assert.Equal("Issue plan yes, plan agreed yes, issue closure letter yes", _words.Text("Issue plan Y, plan agreed Y, issue closure letter Y"));
        Assert.Equal(("No", "Yes"), (_words.Text("False"), _words.Text("True")));
    }

    [Fact]
    public void EC16_issue_categories_and_multi_word_codes_read_as_their_names()
    {
        Assert.Equal("Resolution: Wrong amount deducted", _words.Text("Resolution: DeductionsWrong"));
        Assert.Equal("Face to face", _words.Text("FaceToFace"));
    }

    [Fact]
    public void SR08_references_names_and_plain_words_are_left_as_they_are()
    {
        Assert.Equal("Representative 55500001 for client 700000001", _words.Text("Representative 55500001 for client 700000001"));
        Assert.Equal("Raised on SR00000123 by Carys Evans (S1001)", _words.Text("Raised on SR00000123 by Carys Evans (S1001)"));
        Assert.Null(_words.Text(null));
    }

    [Fact]
    public void SR08_an_audit_entry_row_reads_the_same_as_its_parts()
    {
        var entry = new AuditEntry { Subject = "SR00000001", At = _at, By = "Carys Evans (S1001)", Action = "Ownership taken", Before = "team EMPLOYER-PAYMENTS", After = "Carys Evans (S1001)" };

        var line = _words.Read(entry);

        Assert.Equal(("Ownership taken", "Employer payments team", "Carys Evans (S1001)"), (line.What, line.Before, line.After));
        Assert.Empty(line.Rules);
    }

    [GeneratedRegex(@"\b(?:P|SEC|SR|EC|OUT|AM|COR|CON|CAL|RPT|OPS|PERF)-\d{2}\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
