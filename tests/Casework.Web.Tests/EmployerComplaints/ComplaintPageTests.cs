using System.Net;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// The employer complaint pages post to the same handlers as the API: what each form does, that a refusal is shown on
/// the page and changes nothing, and who may open the team leader's pages.
/// </summary>
public abstract class ComplaintPageTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC11_the_approval_page_approves_one_line_and_rejects_another_in_one_decision()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: "Page line by line");
        await caseworker.TryValid(logged.Reference).Ok();
        await caseworker.AddLine(logged.Reference, "Apology", "Apologise for the delay");
        await caseworker.AddLine(logged.Reference, "CorrectDeductionSchedule", "Correct the schedule");
        await caseworker.TryRespond(logged.Reference, agrees: false, "Wants more").Ok();

        var leader = await PageSession.SignInAsync(app, "teamleader");
        var url = $"/EmployerComplaints/Approval/{logged.Reference}";
        var response = await leader.PostFormAsync(url, $"{url}?handler=Lines", new()
        {
            ["Decisions[1]"] = "Approve", ["Decisions[2]"] = "Reject", ["Comment"] = "Line 2 should say when.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decided = await caseworker.GetEc(logged.Reference);
        Assert.Equal(
            ("Rejected", SrStatus.InProgress, false, "Approved", "Rejected", "Line 2 should say when."),
            (decided.Plan.TlApproval, decided.Status, decided.AssignmentLocked, decided.Plan.Lines[0].TlDecision, decided.Plan.Lines[1].TlDecision, decided.Plan.Lines[1].TlComment));
        Assert.Contains($"Plan rejected: complaint {logged.Reference} is back with Carys Evans to revise", await leader.GetHtmlAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EC11_the_approval_page_completes_a_decision_the_team_leader_started_line_by_line()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var logged = await caseworker.LogComplaint(issue: "Page finishes a partial decision");
        await caseworker.TryValid(logged.Reference).Ok();
        await caseworker.AddLine(logged.Reference, "Apology", "Apologise for the delay");
        await caseworker.AddLine(logged.Reference, "CorrectDeductionSchedule", "Correct the schedule");
        await caseworker.TryRespond(logged.Reference, agrees: false, "Wants more").Ok();
        await teamLeader.TryDecide(logged.Reference, approve: false, "Say sorry properly.", [1]).Ok();

        // The page shows line 1's rejection as chosen and posts it again with the new choice for line 2.
        var leader = await PageSession.SignInAsync(app, "teamleader");
        var url = $"/EmployerComplaints/Approval/{logged.Reference}";
        var response = await leader.PostFormAsync(url, $"{url}?handler=Lines", new()
        {
            ["Decisions[1]"] = "Reject", ["Decisions[2]"] = "Approve", ["Comment"] = "Line 1 as I said.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decided = await caseworker.GetEc(logged.Reference);
        Assert.Equal(
            ("Rejected", SrStatus.InProgress, "Rejected", "Approved"),
            (decided.Plan.TlApproval, decided.Status, decided.Plan.Lines[0].TlDecision, decided.Plan.Lines[1].TlDecision));
    }

    [Fact]
    public async Task EC11_a_rejection_without_a_comment_is_shown_on_the_approval_page_and_changes_nothing()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: "Page reject without comment");
        await caseworker.TryValid(logged.Reference).Ok();
        await caseworker.AddLine(logged.Reference, "Apology", "Apologise for the delay");
        await caseworker.AddLine(logged.Reference, "CorrectDeductionSchedule", "Correct the schedule");
        await caseworker.TryRespond(logged.Reference, agrees: false, "Wants more").Ok();
        var before = await caseworker.GetEc(logged.Reference);

        var leader = await PageSession.SignInAsync(app, "teamleader");
        var url = $"/EmployerComplaints/Approval/{logged.Reference}";
        var response = await leader.PostFormAsync(url, $"{url}?handler=Lines", new() { ["Decisions[1]"] = "Approve", ["Decisions[2]"] = "Reject" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Say why the plan is rejected", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await caseworker.GetEc(logged.Reference);
        Assert.Equal((before.Version, SrStatus.PendingApproval), (after.Version, after.Status));
        Assert.All(after.Plan.Lines, l => Assert.Null(l.TlDecision));
    }

    [Fact]
    public async Task EC14_a_close_posted_with_an_open_line_is_refused_on_the_page_which_does_not_offer_it()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: "Page close refused");
        await caseworker.TryValid(logged.Reference).Ok();
        await caseworker.AddLine(logged.Reference);
        var before = await caseworker.GetEc(logged.Reference);

        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/EmployerComplaints/{logged.Reference}";
        var response = await page.PostFormAsync(url, $"{url}?handler=Close", new() { ["Paragraph"] = "PhoneOutcome", ["ClosureText"] = "Kept text 123" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("It cannot close: plan line 1 not done.", html, StringComparison.Ordinal);
        // The actions table does not offer Close until every line is done, so the form is not there to fill again.
        Assert.DoesNotContain("handler=Close\"", html, StringComparison.Ordinal);
        var after = await caseworker.GetEc(logged.Reference);
        Assert.Equal((before.Version, SrStatus.InProgress), (after.Version, after.Status));
    }

    [Theory]
    [InlineData("600.00", "over the limit of £500.00")]
    [InlineData("lots", "Enter the amount in pounds and pence")]
    public async Task EC13_a_redress_line_refused_on_the_complaint_page_keeps_the_input_and_changes_nothing(string amount, string reason)
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: $"Page redress {amount}");
        await caseworker.TryValid(logged.Reference).Ok();
        var before = await caseworker.GetEc(logged.Reference);

        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/EmployerComplaints/{logged.Reference}";
        var response = await page.PostFormAsync(url, $"{url}?handler=AddLine", new()
        {
            ["LineType"] = "FinancialRedress", ["LineDescription"] = "Pay the accountant's fee", ["LineFinancial"] = "Redress",
            ["LineAmount"] = amount, ["LineEvidence"] = "Invoice 42",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains(">Pay the accountant's fee</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{amount}\"", html, StringComparison.Ordinal);
        var after = await caseworker.GetEc(logged.Reference);
        Assert.Equal((before.Version, 0), (after.Version, after.Plan.Lines.Count));
    }

    [Fact]
    public async Task EC13_a_redress_line_added_on_the_complaint_page_needs_the_team_leaders_approval()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: "Page redress approval");
        await caseworker.TryValid(logged.Reference).Ok();

        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/EmployerComplaints/{logged.Reference}";
        var response = await page.PostFormAsync(url, $"{url}?handler=AddLine", new()
        {
            ["LineType"] = "FinancialRedress", ["LineDescription"] = "Pay the accountant's fee", ["LineFinancial"] = "Redress",
            ["LineAmount"] = "£120.50", ["LineEvidence"] = "Invoice 42",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var line = Assert.Single((await caseworker.GetEc(logged.Reference)).Plan.Lines);
        Assert.Equal(new FinancialView("Redress", 120.50m, false, "Invoice 42"), line.Financial);
        var html = await page.GetHtmlAsync(url);
        Assert.Contains("Send for team leader approval", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark done", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EC02_the_log_page_proposes_Review_when_the_same_issue_is_open()
    {
        var caseworker = await app.LoginAs("caseworker");
        var first = await caseworker.LogComplaint(issue: "Page repeat issue");

        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/EmployerComplaints/Log?ern={ApiClient.DemoErn}";
        var html = await page.GetHtmlAsync(url);
        Assert.Contains(first.Reference, html, StringComparison.Ordinal);
        var response = await page.PostFormAsync(url, $"/EmployerComplaints/Log?ern={ApiClient.DemoErn}&handler=Check", new()
        {
            ["Ern"] = ApiClient.DemoErn, ["IssueCategory"] = "Other", ["Issue"] = "page  REPEAT issue", ["ReceivedOn"] = "2026-03-02",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Proposed stage: Review", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/EmployerComplaints/Approval/SR00000001")]
    [InlineData("/EmployerComplaints/AtRisk")]
    public async Task EC11_a_caseworker_is_sent_to_the_denied_page_from_the_team_leaders_pages(string url)
    {
        var page = await PageSession.SignInAsync(app, "caseworker");
        using var response = await page.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Auth/Denied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EC08_the_team_leaders_at_risk_page_lists_a_complaint_near_its_close_by_date()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.LogComplaint(issue: "Page at risk");
        var leader = await PageSession.SignInAsync(app, "teamleader");

        var html = await leader.GetHtmlAsync("/EmployerComplaints/AtRisk?withinDays=25");

        Assert.Contains($">{logged.Reference}</a>", html, StringComparison.Ordinal);
    }
}

public sealed class ComplaintPageTests_Sqlite(SqliteFactory app) : ComplaintPageTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintPageTests_Postgres(PostgresFactory app) : ComplaintPageTests(app), IClassFixture<PostgresFactory>;
