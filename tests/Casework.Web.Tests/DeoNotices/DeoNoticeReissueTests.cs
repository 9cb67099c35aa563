using System.Globalization;
using System.Net;
using Casework.Domain.Correspondence;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Casework.Web.Tests.Letters.Email;
using Casework.Web.Tests.Letters.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.DeoNotices;

public sealed record ReissuedView(int LetterId, int NoteId);

public sealed record EmployerNoteView(int Id, string EmployerErn, string Text, string By, string ByStaffNumber, DateTimeOffset At);

/// <summary>
/// COR-07 (procedure 001 "Re-issue CMSL2040"): a CMSL2040 re-issue only for a listed reason, the letter queued with
/// the DEO's facts and the reason's paragraph, and a note on the employer record saying why — together or not at all.
/// Each test works on a demo employer of its own (10000001..10000020 all have many active DEOs).
/// </summary>
public abstract class DeoNoticeReissueTests(CaseworkFactory app)
{
    private const string ScheduleSentence = "the amount on your deduction schedule changed after a change of circumstances";
    private const string CorrectionSentence = "the order we sent before had incorrect or missing information";
    private const string FiuSentence = "we have not received the deductions it requires";

    public static TheoryData<string, string, string, string> Reasons => new()
    {
        {
            "ScheduleDispute", "10000002", ScheduleSentence,
            "CMSL2040 re-issue requested: the employer is refusing to adhere to the DEO schedule following a change of circumstances, as the amount shown on the schedule differs from the amount shown on the CMSL2040"
        },
        { "IncorrectOrMissingInformation", "10000003", CorrectionSentence, "CMSL2040 re-issue requested: the initial CMSL2040 was issued with incorrect or no information" },
        {
            "FinancialInvestigationReferral", "10000004", FiuSentence,
            "CMSL2040 re-issue requested: the employer is being considered for referral to the Financial Investigation Unit (FIU)"
        },
    };

    public static TheoryData<string?> BadReasons => ["Other", "", "  ", null, "1", "CMSL2040_REISSUE_FIU", "Schedule Dispute"];

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task COR07_each_listed_reason_queues_CMSL2040_with_the_DEO_facts_and_its_paragraph_and_notes_why(
        string reason, string ern, string paragraph, string noteText)
    {
        var http = await app.LoginAs("caseworker");
        var deo = await ActiveDeoAsync(ern);

        var response = await http.Post(Reissue(ern), new { deoId = deo.Id, reason });

        var reissued = await response.Read<ReissuedView>(HttpStatusCode.Created);
        var letter = await LetterAsync(reissued.LetterId);
        Assert.Equal(("CMSL2040", LetterStatus.Queued, "Employer", ern), (letter.Code, letter.Status, letter.RecipientKind, letter.RecipientReference));
        var text = Flat(PdfText.Extract((await http.Document(reissued.LetterId)).Bytes, layout: false));
        Assert.Contains("Deduction from earnings order", text, StringComparison.Ordinal);
        Assert.Contains($"Name: {deo.PayingParentName}", text, StringComparison.Ordinal);
        Assert.Contains($"National Insurance number: {deo.PayingParentNino}", text, StringComparison.Ordinal);
        Assert.Contains($"Amount to deduct: £{deo.Amount.ToString("0.00", CultureInfo.InvariantCulture)}", text, StringComparison.Ordinal);
        Assert.Contains("When to deduct it: every ", text, StringComparison.Ordinal);
        Assert.Contains(paragraph, text, StringComparison.Ordinal);
        foreach (var other in new[] { ScheduleSentence, CorrectionSentence, FiuSentence }.Where(s => s != paragraph))
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }

        Assert.Contains(reissued.LetterId, (await http.Get<List<LetterView>>("/api/letters")).Where(l => l.Code == "CMSL2040").Select(l => l.Id));
        var note = Assert.Single(await http.Get<List<EmployerNoteView>>(Notes(ern)));
        Assert.Equal((reissued.NoteId, ern, noteText), (note.Id, note.EmployerErn, note.Text));
        Assert.Equal(("Carys Evans", "100001", app.Clock.GetUtcNow()), (note.By, note.ByStaffNumber, note.At));
    }

    [Fact]
    public async Task COR07_a_team_leader_may_request_a_re_issue_on_a_service_request_and_notes_list_newest_first()
    {
        var leader = await app.LoginAs("teamleader");
        const string ern = "10000005";
        var sr = await (await app.LoginAs("caseworker")).RaiseSr(employerErn: ern);
        var deo = await ActiveDeoAsync(ern);

        var first = await (await leader.Post(Reissue(ern), new { deoId = deo.Id, reason = "IncorrectOrMissingInformation", serviceRequest = sr.Reference }))
            .Read<ReissuedView>(HttpStatusCode.Created);
        var second = await (await leader.Post(Reissue(ern), new { deoId = deo.Id, reason = "financialinvestigationreferral" }))
            .Read<ReissuedView>(HttpStatusCode.Created);

        Assert.Equal(sr.Reference, (await LetterAsync(first.LetterId)).ServiceRequestReference);
        Assert.Null((await LetterAsync(second.LetterId)).ServiceRequestReference);
        Assert.Contains($"Our reference: {sr.Reference}", PdfText.Extract((await leader.Document(first.LetterId)).Bytes), StringComparison.Ordinal);
        var notes = await leader.Get<List<EmployerNoteView>>(Notes(ern));
        Assert.Equal([second.NoteId, first.NoteId], notes.Select(n => n.Id));
        Assert.All(notes, n => Assert.Equal("Tom Leadbetter", n.By));
    }

    [Theory]
    [MemberData(nameof(BadReasons))]
    public async Task COR07_a_reason_not_in_the_list_is_refused_with_400_and_nothing_is_saved(string? reason)
    {
        var http = await app.LoginAs("caseworker");
        const string ern = "10000006";
        var deo = await ActiveDeoAsync(ern);
        var before = await CountsAsync(ern);

        var problem = await (await http.Post(Reissue(ern), new { deoId = deo.Id, reason })).AssertProblem(HttpStatusCode.BadRequest, "reason");

        Assert.DoesNotContain("deoId", problem.Errors!.Keys);
        Assert.Equal(before, await CountsAsync(ern));
        Assert.Empty(await http.Get<List<EmployerNoteView>>(Notes(ern)));
    }

    [Fact]
    public async Task COR07_an_unknown_DEO_a_DEO_at_another_employer_or_no_DEO_is_refused_with_400_and_nothing_is_saved()
    {
        var http = await app.LoginAs("caseworker");
        const string ern = "10000007";
        var elsewhere = await ActiveDeoAsync("10000008");
        var before = await CountsAsync(ern);

        await (await http.Post(Reissue(ern), new { deoId = 999_999, reason = "ScheduleDispute" })).AssertProblem(HttpStatusCode.BadRequest, "deoId");
        var other = await (await http.Post(Reissue(ern), new { deoId = elsewhere.Id, reason = "ScheduleDispute" })).AssertProblem(HttpStatusCode.BadRequest, "deoId");
        await (await http.Post(Reissue(ern), new { reason = "ScheduleDispute" })).AssertProblem(HttpStatusCode.BadRequest, "deoId");
        // Every fault at once, not one round at a time.
        await (await http.Post(Reissue(ern), new { deoId = 999_999, reason = "Other" })).AssertProblem(HttpStatusCode.BadRequest, "deoId", "reason");
        var deo = await ActiveDeoAsync(ern);
        await (await http.Post(Reissue(ern), new { deoId = deo.Id, reason = "ScheduleDispute", serviceRequest = "SR99999999" }))
            .AssertProblem(HttpStatusCode.BadRequest, "serviceRequest");

        Assert.Contains(ern, other.Errors!["deoId"][0], StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(ern));
        Assert.Equal(before, await CountsAsync("10000008"));
    }

    [Fact]
    public async Task COR07_an_ended_DEO_is_refused_with_422_and_nothing_is_saved()
    {
        var http = await app.LoginAs("caseworker");
        const string ern = "10000009";
        var deo = await ActiveDeoAsync(ern);
        await EndAsync(deo.Id, new DateOnly(2026, 2, 1));
        var before = await CountsAsync(ern);

        var problem = await (await http.Post(Reissue(ern), new { deoId = deo.Id, reason = "IncorrectOrMissingInformation" }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("ended", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(ern));
    }

    [Fact]
    public async Task COR07_CON04_a_suppressed_employer_gets_no_re_issue_and_no_note_with_422()
    {
        var http = await app.LoginAs("caseworker");
        const string ern = "10000010";
        var deo = await ActiveDeoAsync(ern);
        await (await http.Post($"/api/employers/{ern}/contact-suppression", new { reason = "Business owner has died" })).Read<object>(HttpStatusCode.OK);
        var before = await CountsAsync(ern);

        var problem = await (await http.Post(Reissue(ern), new { deoId = deo.Id, reason = "ScheduleDispute" })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Business owner has died", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(ern));
    }

    [Fact]
    public async Task COR07_an_unknown_employer_is_404()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.Post(Reissue("99999999"), new { deoId = 1, reason = "ScheduleDispute" })).AssertProblem(HttpStatusCode.NotFound);
        await (await http.GetAsync(Notes("99999999"))).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task COR07_re_issue_and_notes_need_sign_in_401()
    {
        var anonymous = app.Anonymous();
        (await anonymous.Post(Reissue("10000011"), new { deoId = 1, reason = "ScheduleDispute" })).AssertUnauthorized();
        (await anonymous.GetAsync(Notes("10000011"))).AssertUnauthorized();
    }

    [Theory]
    [InlineData("subjectaccess")]
    [InlineData("complaintsreview")]
    public async Task COR07_only_a_caseworker_or_team_leader_may_request_a_re_issue_403_and_nothing_is_saved(string user)
    {
        var http = await app.LoginAs(user);
        const string ern = "10000012";
        var deo = await ActiveDeoAsync(ern);
        var before = await CountsAsync(ern);

        var problem = await (await http.Post(Reissue(ern), new { deoId = deo.Id, reason = "ScheduleDispute" })).AssertProblem(HttpStatusCode.Forbidden);

        Assert.Contains("Caseworker or TeamLeader", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(ern));
        // Reading the employer's notes is open to any signed-in member of staff.
        Assert.Empty(await http.Get<List<EmployerNoteView>>(Notes(ern)));
    }

    [Fact]
    public async Task COR07_the_page_offers_active_DEOs_and_the_procedures_reasons_and_the_employer_page_shows_the_note()
    {
        const string ern = "10000013";
        var deo = await ActiveDeoAsync(ern);
        var ended = await ActiveDeoAsync(ern, skip: 1);
        await EndAsync(ended.Id, new DateOnly(2026, 1, 5));
        var session = await PageSession.SignInAsync(app, "caseworker");
        var page = $"/DeoNotices/Reissue?ern={ern}";

        var employerPage = await session.GetHtmlAsync($"/Employers/{ern}");
        Assert.Contains("Re-issue a DEO notice (CMSL2040)", employerPage, StringComparison.Ordinal);
        Assert.Contains("No notes yet.", employerPage, StringComparison.Ordinal);
        var form = await session.GetHtmlAsync(page);
        Assert.Contains($"<option value=\"{deo.Id}\">{deo.PayingParentName} ({deo.PayingParentNino}) – £{deo.Amount.ToString("0.00", CultureInfo.InvariantCulture)}", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{ended.Id}\"", form, StringComparison.Ordinal);
        Assert.Contains("The employer is refusing to adhere to the DEO schedule following a change of circumstances", form, StringComparison.Ordinal);
        Assert.Contains("The initial CMSL2040 was issued with incorrect or no information", form, StringComparison.Ordinal);
        Assert.Contains("The employer is being considered for referral to the Financial Investigation Unit (FIU)", form, StringComparison.Ordinal);

        var refused = await session.PostFormAsync(page, page, new() { ["Ern"] = ern, ["DeoId"] = deo.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose why the CMSL2040 is being re-issued", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((0, 0), await CountsAsync(ern));

        var posted = await session.PostFormAsync(page, page, new()
        {
            ["Ern"] = ern,
            ["DeoId"] = deo.Id.ToString(CultureInfo.InvariantCulture),
            ["Reason"] = "FinancialInvestigationReferral",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/Employers/{ern}", posted.Headers.Location?.OriginalString);
        var after = await session.GetHtmlAsync($"/Employers/{ern}");
        Assert.Contains("CMSL2040 re-issue queued and a note added to the employer record", after, StringComparison.Ordinal);
        Assert.Contains("CMSL2040 re-issue requested: the employer is being considered for referral to the Financial Investigation Unit (FIU)", after, StringComparison.Ordinal);
        Assert.Equal((1, 1), await CountsAsync(ern));
    }

    private static string Reissue(string ern) => $"/api/employers/{ern}/deo-notices/reissue";

    private static string Notes(string ern) => $"/api/employers/{ern}/notes";

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private async Task<T> WithDbAsync<T>(Func<CaseworkDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>());
    }

    private Task<Deo> ActiveDeoAsync(string ern, int skip = 0) => WithDbAsync(db =>
        db.Deos.AsNoTracking().Where(d => d.EmployerErn == ern && d.Status == DeoStatus.Active).OrderBy(d => d.Id).Skip(skip).FirstAsync());

    private Task<Letter> LetterAsync(int id) => WithDbAsync(db => db.Letters.AsNoTracking().SingleAsync(l => l.Id == id));

    /// <summary>CMSL2040 letters to the employer and notes on its record: what a refused request must leave as it was.</summary>
    private Task<(int Letters, int Notes)> CountsAsync(string ern) => WithDbAsync(async db => (
        await db.Letters.CountAsync(l => l.Code == "CMSL2040" && l.RecipientReference == ern),
        await db.EmployerNotes.CountAsync(n => n.EmployerErn == ern)));

    private Task<int> EndAsync(int deoId, DateOnly on) => WithDbAsync(async db =>
    {
        var deo = await db.Deos.SingleAsync(d => d.Id == deoId);
        deo.End(on);
        return await db.SaveChangesAsync();
    });
}

public sealed class DeoNoticeReissueTests_Sqlite(SqliteFactory app) : DeoNoticeReissueTests(app), IClassFixture<SqliteFactory>;

public sealed class DeoNoticeReissueTests_Postgres(PostgresFactory app) : DeoNoticeReissueTests(app), IClassFixture<PostgresFactory>;
