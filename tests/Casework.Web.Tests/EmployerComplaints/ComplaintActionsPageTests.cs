using System.Text.RegularExpressions;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>
/// Issue 12: the complaint page at each state shows only the actions the domain's actions table offers to the user's
/// role — the next step first, the rest folded — and the API's <c>actions</c> list is that same table.
/// </summary>
public abstract partial class ComplaintActionsPageTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC05_EC06_an_open_complaint_offers_accept_first_and_close_as_invalid_folded()
    {
        var caseworker = await app.LoginAs("caseworker");
        var opened = await caseworker.Opened();

        Assert.Equal(["AcceptAsValid", "CloseAsInvalid"], Steps(opened));
        await AssertPageMatchesTable(opened.Reference, "caseworker", caseworker);
        await AssertPageMatchesTable(opened.Reference, "teamleader", caseworker);
    }

    [Fact]
    public async Task EC12_an_accepted_complaint_without_lines_offers_only_adding_a_line()
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();

        Assert.Equal(["AddLine"], Steps(accepted));
        await AssertPageMatchesTable(accepted.Reference, "caseworker", caseworker);
    }

    [Fact]
    public async Task EC07_a_plan_with_a_line_offers_issuing_it_next_and_the_other_plan_work_folded()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine();

        Assert.Equal(["IssuePlan", "MarkLineDone", "RecordResponse", "AddLine", "WithdrawLine"], Steps(complaint));
        await AssertPageMatchesTable(complaint.Reference, "caseworker", caseworker);
    }

    [Fact]
    public async Task EC09_a_plan_discussed_by_phone_offers_recording_the_answer_next()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine();
        var issued = await caseworker.TryIssue(complaint.Reference, reachedByPhone: true).Ok();

        Assert.Equal("RecordResponse", Steps(issued)[0]);
        Assert.DoesNotContain("IssuePlan", Steps(issued));
        await AssertPageMatchesTable(complaint.Reference, "caseworker", caseworker);
    }

    [Fact]
    public async Task EC13_an_agreed_plan_offers_marking_lines_done_then_closing()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, line) = await caseworker.WithLine();
        await caseworker.TryIssue(complaint.Reference, reachedByPhone: true).Ok();
        var agreed = await caseworker.TryRespond(complaint.Reference, agrees: true, "Agreed").Ok();

        Assert.Equal(["MarkLineDone", "AddLine", "WithdrawLine"], Steps(agreed));
        await AssertPageMatchesTable(complaint.Reference, "caseworker", caseworker);

        await caseworker.TryLineDone(complaint.Reference, line.Id).Ok();
        var done = await caseworker.GetEc(complaint.Reference);
        Assert.Equal(["Close", "AddLine"], Steps(done));
        await AssertPageMatchesTable(complaint.Reference, "caseworker", caseworker);
    }

    [Fact]
    public async Task EC11_a_plan_with_redress_offers_sending_it_for_approval_first_and_no_line_can_be_done()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine(ComplaintStates.Redress);

        Assert.Equal("SubmitForApproval", Steps(complaint)[0]);
        Assert.DoesNotContain("MarkLineDone", Steps(complaint));
        await AssertPageMatchesTable(complaint.Reference, "caseworker", caseworker);
    }

    [Fact]
    public async Task EC10_EC11_pending_approval_offers_the_team_leader_the_decision_and_the_caseworker_nothing()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.PendingApproval();

        Assert.Equal(["Decide"], Steps(complaint));
        await AssertPageMatchesTable(complaint.Reference, "caseworker", caseworker);
        await AssertPageMatchesTable(complaint.Reference, "teamleader", caseworker);
    }

    [Fact]
    public async Task EC14_a_closed_complaint_offers_nothing()
    {
        var caseworker = await app.LoginAs("caseworker");
        var closed = await caseworker.Closed();

        Assert.Empty(closed.Actions);
        await AssertPageMatchesTable(closed.Reference, "caseworker", caseworker);
    }

    private static List<string> Steps(EmployerComplaintView complaint) => [.. complaint.Actions.Select(a => a.Step)];

    /// <summary>
    /// The page as <paramref name="user"/> sees it: its step sections in order (the first outside the fold) and its
    /// plan-line buttons are exactly the API's actions for that user's role.
    /// </summary>
    private async Task AssertPageMatchesTable(string reference, string user, HttpClient api)
    {
        var complaint = await api.GetEc(reference);
        var role = user == "teamleader" ? "TeamLeader" : "Caseworker";
        var expected = complaint.Actions.Where(a => a.Role == role).Select(a => a.Step).ToList();

        var session = await PageSession.SignInAsync(app, user);
        var html = await session.GetHtmlAsync($"/EmployerComplaints/{reference}");
        var sections = StepSection().Matches(html).Select(m => m.Groups["step"].Value).ToList();
        Assert.Equal(expected, sections);

        var fold = html.IndexOf("data-testid=\"other-actions\"", StringComparison.Ordinal);
        if (expected.Count > 1)
        {
            Assert.True(fold > html.IndexOf($"data-step=\"{expected[0]}\"", StringComparison.Ordinal), "the next step comes before the fold");
            Assert.True(fold < html.IndexOf($"data-step=\"{expected[1]}\"", StringComparison.Ordinal), "the other actions are folded");
        }
        else
        {
            Assert.Equal(-1, fold);
        }

        // The plan table's buttons follow the same table.
        Assert.Equal(expected.Contains("MarkLineDone"), html.Contains("handler=LineDone", StringComparison.Ordinal));
        Assert.Equal(expected.Contains("WithdrawLine"), html.Contains("handler=WithdrawLine", StringComparison.Ordinal));
        foreach (var (step, handler) in new[] { ("AcceptAsValid", "Valid"), ("CloseAsInvalid", "Invalid"), ("AddLine", "AddLine"), ("IssuePlan", "Issue"),
                     ("RecordResponse", "Respond"), ("SubmitForApproval", "Submit"), ("Close", "Close") })
        {
            Assert.Equal(expected.Contains(step), html.Contains($"handler={handler}\"", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("data-step=\"(?<step>[A-Za-z]+)\"")]
    private static partial Regex StepSection();
}

public sealed class ComplaintActionsPageTests_Sqlite(SqliteFactory app) : ComplaintActionsPageTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintActionsPageTests_Postgres(PostgresFactory app) : ComplaintActionsPageTests(app), IClassFixture<PostgresFactory>;
