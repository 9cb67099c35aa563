using System.Net;
using System.Text.RegularExpressions;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features.EmployerComplaints;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Casework.Web.Tests.Letters.Rendering;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// EC-06, EC-07, EC-11, EC-14 (issue 12): every complaint letter speaks to the employer in plain English (or Welsh) — the
/// plan as one sentence per line from the resolution types' data, with the amounts — and prints no internal code, id,
/// status name, rule id or anything staff wrote for the record. Each letter is rendered through the real letter code
/// to a PDF and read back as text.
/// </summary>
public abstract partial class ComplaintLetterWordingTests(CaseworkFactory app)
{
    /// <summary>Staff text put on the record: none of it may reach a letter.</summary>
    private static readonly string[] _staffText =
    [
        "Staffnote apology wording", "Staffnote explain schedule", "Staffnote fix schedule", "Staffnote amend DEO",
        "Staffnote move payment", "Staffnote update record", "Staffnote refund now", "Staffnote refund held",
        "Staffnote redress", "Staffnote feedback Carys", "Staffnote other", "Staffnote bank statement",
        "Staffnote employer answer", "Staffnote team leader comment",
    ];

    [Fact]
    public async Task EC07_EC11_EC14_complaint_letters_say_each_plan_line_as_a_sentence_for_the_employer_and_no_internal_text()
    {
        var (reference, caseworker) = await PlanOfEveryTypeAsync(welsh: false);

        var letters = await RenderedAsync(caseworker, reference);

        Assert.Equal(["CMSL8500", "CMSL8501", "CMSL8501", "CMSL8502"], letters.Select(l => l.Code).Order(StringComparer.Ordinal));
        foreach (var plan in letters.Where(l => l.Code == "CMSL8501").Select(l => l.Text))
        {
            Assert.Contains("- We will refund £120.00 to you.", plan, StringComparison.Ordinal);
            Assert.Contains("- We will keep the £30.50 you overpaid and use it to reduce your future deductions.", plan, StringComparison.Ordinal);
            Assert.Contains("- We will pay you £150.00 towards the costs our mistake caused you.", plan, StringComparison.Ordinal);
            foreach (var type in ResolutionTypes.All.Where(t => t.Financial is null))
            {
                Assert.Contains("- " + type.Letter!.En, plan, StringComparison.Ordinal);
            }
        }

        Assert.Contains("We plan to complete these actions by", letters.First(l => l.Code == "CMSL8501").Text, StringComparison.Ordinal);
        Assert.All(letters, l => AssertNoInternalText(l.Code, l.Text, reference));
    }

    [Fact]
    public async Task EC07_COR05_a_Welsh_employers_plan_letter_says_the_lines_in_Welsh()
    {
        var (reference, caseworker) = await PlanOfEveryTypeAsync(welsh: true);

        var plan = (await RenderedAsync(caseworker, reference)).First(l => l.Code == "CMSL8501").Text;

        Assert.Contains("- Byddwn yn ad-dalu £120.00 i chi.", plan, StringComparison.Ordinal);
        foreach (var type in ResolutionTypes.All.Where(t => t.Financial is null))
        {
            Assert.Contains("- " + type.Letter!.Cy, plan, StringComparison.Ordinal);
            Assert.DoesNotContain(type.Letter.En, plan, StringComparison.Ordinal);
        }

        AssertNoInternalText("CMSL8501", plan, reference);
    }

    private static void AssertNoInternalText(string code, string text, string reference)
    {
        foreach (var type in ResolutionTypes.All)
        {
            Assert.False(Regex.IsMatch(text, $@"\b{type.Code}\b"), $"{code} prints the resolution type code {type.Code}:\n{text}");
        }

        foreach (var status in Enum.GetNames<ServiceRequestStatus>().Concat(["PendingApprovalTL", "Pending approval", "In progress", "Resolved", "Invalid"]))
        {
            Assert.False(Regex.IsMatch(text, $@"\b{status}\b"), $"{code} prints the status {status}:\n{text}");
        }

        foreach (var staff in _staffText.Concat(["Staffnote issue title", "The employer says two deductions"]))
        {
            Assert.DoesNotContain(staff, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotMatch(RuleId(), text);
        Assert.DoesNotMatch(InternalCode(), text);
        // The complaint reference is printed where the letter means it, and the ERN nowhere.
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(PlanLineNumber(), text);
    }

    /// <summary>
    /// A complaint whose plan has a line of every resolution type (a refund paid at once, one held to offset, redress),
    /// issued by letter, answered, approved by the team leader (CMSL8501 again), done and closed (CMSL8502).
    /// </summary>
    private async Task<(string Reference, HttpClient Caseworker)> PlanOfEveryTypeAsync(bool welsh)
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var ern = (await (await caseworker.TryCreateEmployer(new
        {
            name = $"Letter wording employer {Guid.NewGuid():N}",
            region = welsh ? "EnglandAndWales" : "Scotland",
            email = "payroll@example.org",
            phones = new[] { "029 2000 0000" },
            payrollAddress = "1 Heol y Prawf, Caerdydd CF10 1AA",
            preferredLanguage = welsh ? "Welsh" : "English",
        })).Read<EmployerView>(HttpStatusCode.Created)).Ern;
        var reference = (await caseworker.LogComplaint(ern, "Staffnote issue title")).Reference;
        await caseworker.TryValid(reference).Ok();
        var staff = _staffText.AsEnumerable().GetEnumerator();
        string Next() => staff.MoveNext() ? staff.Current : throw new InvalidOperationException("More staff text needed.");
        var lines = new List<int>();
        foreach (var type in ResolutionTypes.All.Where(t => t.Financial is null))
        {
            lines.Add((await caseworker.AddLine(reference, type.Code, Next())).Id);
        }

        lines.Add((await caseworker.AddLine(reference, "Refund", Next(), new { kind = "Refund", amount = 120m, holdToOffset = false })).Id);
        lines.Add((await caseworker.AddLine(reference, "Refund", Next(), new { kind = "Refund", amount = 30.5m, holdToOffset = true })).Id);
        lines.Add((await caseworker.AddLine(reference, "FinancialRedress", Next(), new { kind = "Redress", amount = 150m, holdToOffset = false, evidence = Next() })).Id);
        await caseworker.TryIssue(reference, reachedByPhone: false).Ok();
        await caseworker.TryRespond(reference, agrees: true, Next()).Ok();
        await caseworker.TrySubmit(reference).Ok();
        await teamLeader.TryDecide(reference, approve: true, Next()).Ok();
        foreach (var line in lines)
        {
            await caseworker.TryLineDone(reference, line).Ok();
        }

        await caseworker.TryClose(reference, "PhoneOutcome", "We have refunded the surplus and paid your bank charges.").Ok();
        return (reference, caseworker);
    }

    private static async Task<List<(string Code, string Text)>> RenderedAsync(HttpClient http, string reference)
    {
        var rendered = new List<(string, string)>();
        foreach (var letter in await http.LettersFor(reference))
        {
            rendered.Add((letter.Code, PdfText.Extract((await http.Document(letter.Id)).Bytes, layout: false)));
        }

        return rendered;
    }

    [GeneratedRegex(@"\b(EC|SR|SEC|CON|COR|AM|RPT|OPS|PERF|P)-\d{2}\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\bTM_\d+|\bCMSL\d{4}\b|\bERN\b|\b1000\d{4}\b")]
    private static partial Regex InternalCode();

    [GeneratedRegex(@"(?m)^\s*-?\s*\d+\.\s")]
    private static partial Regex PlanLineNumber();
}

public sealed class ComplaintLetterWordingTests_Sqlite(SqliteFactory app) : ComplaintLetterWordingTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintLetterWordingTests_Postgres(PostgresFactory app) : ComplaintLetterWordingTests(app), IClassFixture<PostgresFactory>;
