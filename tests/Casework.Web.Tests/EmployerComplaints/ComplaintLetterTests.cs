using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>EC-06, EC-07, EC-11, EC-14: CMSL8500 on acceptance, CMSL8501 when not reached by phone and on TL approval, CMSL8502 on close.</summary>
public abstract class ComplaintLetterTests(CaseworkFactory app)
{
    /// <summary>Paragraph TM_01545_E as printed.</summary>
    private const string UnableToReach = "were unable to reach you";

    [Fact]
    public async Task EC06_EC07_EC14_each_letter_is_queued_by_the_step_that_causes_it_and_no_other()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.Opened();
        var reference = logged.Reference;
        Assert.Empty(await caseworker.LettersFor(reference));

        await caseworker.TryValid(reference).Ok();
        var acknowledgement = Assert.Single(await caseworker.LettersFor(reference));
        Assert.Equal(("CMSL8500", "Queued", "Standard", "English"), (acknowledgement.Code, acknowledgement.Status, acknowledgement.Format, acknowledgement.Language));

        var line = await caseworker.AddLine(reference);
        await caseworker.TryIssue(reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(reference, agrees: true, "Agreed on the phone").Ok();
        await caseworker.TryLineDone(reference, line.Id).Ok();
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(reference));

        await caseworker.TryClose(reference, "PhoneOutcome", "We corrected the schedule.").Ok();
        Assert.Equal(["CMSL8500", "CMSL8502"], await caseworker.LetterCodes(reference));
        Assert.All(await caseworker.LettersFor(reference), l => Assert.Equal("Queued", l.Status));
        Assert.Equal(2, (await caseworker.LettersOnSr(reference)).Count);
    }

    [Fact]
    public async Task EC07_a_plan_not_agreed_by_phone_goes_by_CMSL8501_and_the_complaint_waits_seven_working_days()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine();

        var waiting = await caseworker.TryIssue(complaint.Reference, reachedByPhone: false).Ok();

        Assert.Equal((SrStatus.Wait, "Wait", true, false), (waiting.Status, waiting.SubStatus, waiting.Flags.IssuePlan, waiting.Flags.PlanAgreed));
        // Mon 2 March 2026 + 7 working days.
        Assert.Equal(new DateOnly(2026, 3, 11), waiting.Deadlines.WaitUntil);
        Assert.Contains("7 working days after the plan letter (2026-03-02)", waiting.Deadlines.WaitRule, StringComparison.Ordinal);
        Assert.Equal(["CMSL8500", "CMSL8501"], await caseworker.LetterCodes(complaint.Reference));
        var audit = await caseworker.Audit(complaint.Reference);
        Assert.Contains(audit, a => a.Action == "Resolution plan issued" && a.After!.Contains("by letter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EC10_EC11_a_rejection_sends_nothing_and_the_team_leaders_approval_sends_the_plan_as_CMSL8501()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (pending, _) = await caseworker.PendingApproval();
        var reference = pending.Reference;
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(reference));

        await teamLeader.TryDecide(reference, approve: false, "Offer a refund as well").Ok();
        Assert.Equal(["CMSL8500"], await caseworker.LetterCodes(reference));

        await caseworker.AddLine(reference, "Refund", "Refund the surplus", ComplaintStates.Refund);
        await caseworker.TrySubmit(reference).Ok();
        await teamLeader.TryDecide(reference, approve: true, "Good").Ok();
        Assert.Equal(["CMSL8500", "CMSL8501"], await caseworker.LetterCodes(reference));
    }

    /// <summary>TM_01545_E on a plan letter only when the phone failed; TM_02276_E or TM_020275_E on the closure letter as chosen.</summary>
    [Fact]
    public async Task EC07_EC11_EC14_each_letter_carries_the_paragraph_the_procedure_names()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (notReached, _) = await caseworker.WithLine();
        await caseworker.TryIssue(notReached.Reference, reachedByPhone: false).Ok();
        var (approved, line) = await caseworker.WithLine(ComplaintStates.Redress);
        await caseworker.TrySubmit(approved.Reference).Ok();
        await teamLeader.TryDecide(approved.Reference, approve: true, "Fine").Ok();
        await caseworker.TryLineDone(approved.Reference, line.Id).Ok();
        await caseworker.TryClose(approved.Reference, "UnableToContact", "We paid £150 towards your bank charges.").Ok();
        var byPhone = await caseworker.Closed();

        var plan = Assert.Single(await ContentOf(notReached.Reference), l => l.Code == "CMSL8501").Content;
        Assert.Contains(UnableToReach, plan, StringComparison.Ordinal);
        Assert.Contains(notReached.Reference, plan, StringComparison.Ordinal);
        var letters = await ContentOf(approved.Reference);
        Assert.DoesNotContain(UnableToReach, Assert.Single(letters, l => l.Code == "CMSL8501").Content, StringComparison.Ordinal);
        var unableToContact = Assert.Single(letters, l => l.Code == "CMSL8502").Content;
        Assert.Contains("unable to contact you by phone", unableToContact, StringComparison.Ordinal);
        Assert.Contains("We paid", unableToContact, StringComparison.Ordinal);
        Assert.Contains("the outcome of our phone conversation", Assert.Single(await ContentOf(byPhone.Reference), l => l.Code == "CMSL8502").Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EC05_a_complaint_closed_as_invalid_sends_no_letter()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.Opened();

        var closed = await caseworker.TryInvalid(logged.Reference, "Apologised on the phone").Ok();

        Assert.Equal((SrStatus.Closed, "Cancelled", "Invalid"), (closed.Status, closed.SubStatus, closed.ResolutionCode));
        Assert.Empty(await caseworker.LettersFor(logged.Reference));
        Assert.Contains((await caseworker.GetSr(logged.Reference)).Notes, n => n.Text.Contains("Apologised on the phone", StringComparison.Ordinal));
    }

    /// <summary>What each queued letter will print (fields, paragraphs, free text), as stored in the outbox.</summary>
    private async Task<List<(string Code, string Content)>> ContentOf(string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Letters.AsNoTracking()
            .Where(l => l.ServiceRequestReference == reference)
            .Select(l => new { l.Code, l.ContentJson })
            .ToListAsync();
        return [.. rows.Select(r => (r.Code, System.Text.RegularExpressions.Regex.Unescape(r.ContentJson)))];
    }
}

public sealed class ComplaintLetterTests_Sqlite(SqliteFactory app) : ComplaintLetterTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintLetterTests_Postgres(PostgresFactory app) : ComplaintLetterTests(app), IClassFixture<PostgresFactory>;
