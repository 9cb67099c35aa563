using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>Bad input is a 400 naming each field at fault, and an unknown complaint or line a 404; neither changes anything.</summary>
public abstract class ComplaintInputTests(CaseworkFactory app)
{
    private const string Unknown = "SR-9999999";

    [Fact]
    public async Task EC01_logging_without_the_required_fields_names_each_one()
    {
        var caseworker = await app.LoginAs("caseworker");

        await (await caseworker.TryLog(new { })).AssertProblem(
            HttpStatusCode.BadRequest, "employerErn", "raisedBy", "channel", "issue", "description", "receivedOn");
    }

    [Theory]
    [InlineData("raisedBy", "Pigeon", "Phone", "2026-03-02")]
    [InlineData("raisedBy", "employer-ish", "Phone", "2026-03-02")]
    [InlineData("channel", "Employer", "Carrier pigeon", "2026-03-02")]
    [InlineData("channel", "Employer", "7", "2026-03-02")]
    [InlineData("receivedOn", "Employer", "Phone", "2026-03-03")]
    [InlineData("receivedOn", "Employer", "Phone", "2025-03-01")]
    public async Task EC01_logging_with_a_bad_value_is_refused(string field, string raisedBy, string channel, string receivedOn)
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = await caseworker.NewEmployer();
        await (await caseworker.TryLog(new { employerErn = ern, raisedBy, channel, issue = "Late refund", description = "Still waiting", receivedOn }))
            .AssertProblem(HttpStatusCode.BadRequest, field);

        Assert.Empty((await caseworker.Get<StageProposalView>($"/api/employer-complaints/stage-proposal?employerErn={ern}&issue=Late%20refund")).RelatedComplaints);
    }

    [Fact]
    public async Task EC01_logging_for_an_unknown_employer_is_refused_on_the_field()
    {
        var caseworker = await app.LoginAs("caseworker");

        await (await caseworker.TryLog(new
        {
            employerErn = "99999999", raisedBy = "Employer", channel = "Letter", issue = "Late refund", description = "Still waiting", receivedOn = "2026-03-02",
        })).AssertProblem(HttpStatusCode.BadRequest, "employerErn");
    }

    [Fact]
    public async Task EC02_the_stage_proposal_needs_a_known_employer_and_an_issue()
    {
        var caseworker = await app.LoginAs("caseworker");

        await (await caseworker.GetAsync("/api/employer-complaints/stage-proposal")).AssertProblem(HttpStatusCode.BadRequest, "employerErn", "issue");
        await (await caseworker.GetAsync("/api/employer-complaints/stage-proposal?employerErn=99999999&issue=Late")).AssertProblem(HttpStatusCode.BadRequest, "employerErn");
        await (await caseworker.GetAsync("/api/employer-complaints/stage-proposal?employerErn=10000001&issue=Late&receivedOn=yesterday")).AssertProblem(HttpStatusCode.BadRequest);
        await (await (await app.LoginAs("teamleader")).GetAsync("/api/employer-complaints/at-risk?withinDays=soon")).AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EC05_closing_as_invalid_needs_a_note()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.Opened();

        await caseworker.AssertRefused(logged.Reference, () => caseworker.TryInvalid(logged.Reference, null), HttpStatusCode.BadRequest, "note");
        await caseworker.AssertRefused(logged.Reference, () => caseworker.TryInvalid(logged.Reference, "   "), HttpStatusCode.BadRequest, "note");
    }

    public static TheoryData<string, string> BadLines => new()
    {
        { """{ "description": "Say sorry" }""", "resolutionType" },
        { """{ "resolutionType": "Grovel", "description": "Say sorry" }""", "resolutionType" },
        { """{ "resolutionType": "Apology" }""", "description" },
        { """{ "resolutionType": "Refund", "description": "Refund", "financial": { "kind": "Bribe", "amount": 10 } }""", "financial.kind" },
        { """{ "resolutionType": "Refund", "description": "Refund", "financial": { "amount": 10 } }""", "financial.kind" },
        { """{ "resolutionType": "Refund", "description": "Refund", "financial": { "kind": "Refund" } }""", "financial.amount" },
        { """{ "resolutionType": "Refund", "description": "Refund", "financial": { "kind": "Refund", "amount": -10 } }""", "financial.amount" },
        { """{ "resolutionType": "Refund", "description": "Refund", "financial": { "kind": "Refund", "amount": 0 } }""", "financial.amount" },
        { """{ "resolutionType": "Refund", "description": "Refund", "financial": { "kind": "Refund", "amount": 10.005 } }""", "financial.amount" },
        { """{ "resolutionType": "FinancialRedress", "description": "Costs", "financial": { "kind": "Redress", "amount": -1 } }""", "financial.amount" },
        { """{ "resolutionType": "FinancialRedress", "description": "Costs", "financial": { "kind": "Redress", "amount": 50, "holdToOffset": true } }""", "financial.holdToOffset" },
        // EC-13: a refund or redress line is money — without an amount it is refused, not accepted as a plain line.
        { """{ "resolutionType": "Refund", "description": "Refund the surplus" }""", "financial.amount" },
        { """{ "resolutionType": "Refund", "description": "Refund the surplus", "financial": null }""", "financial.amount" },
        { """{ "resolutionType": "FinancialRedress", "description": "Costs" }""", "financial.amount" },
        { """{ "resolutionType": "Refund", "description": "Refund the surplus", "financial": { "kind": "Redress", "amount": 20 } }""", "financial.kind" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task EC07_EC13_a_plan_line_with_bad_input_is_refused(string body, string field)
    {
        var caseworker = await app.LoginAs("caseworker");
        var accepted = await caseworker.Accepted();

        await caseworker.AssertRefused(accepted.Reference, () => caseworker.PostRaw(EmployerComplaintApi.Ec(accepted.Reference, "/plan/lines"), body), HttpStatusCode.BadRequest, field);
        Assert.Empty((await caseworker.GetEc(accepted.Reference)).Plan.Lines);
    }

    [Fact]
    public async Task EC07_EC09_issue_and_response_need_a_yes_or_no()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine();
        var reference = complaint.Reference;

        await caseworker.AssertRefused(reference, () => caseworker.TryIssue(reference, reachedByPhone: null), HttpStatusCode.BadRequest, "reachedByPhone");
        await caseworker.AssertRefused(reference, () => caseworker.PostRaw(EmployerComplaintApi.Ec(reference, "/plan/issue"), """{ "reachedByPhone": "perhaps" }"""), HttpStatusCode.BadRequest);
        await caseworker.AssertRefused(reference, () => caseworker.TryRespond(reference, agrees: null, "Hmm"), HttpStatusCode.BadRequest, "agrees");
    }

    [Fact]
    public async Task EC11_a_decision_needs_approve_a_comment_to_reject_and_lines_of_the_plan()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (pending, line) = await caseworker.PendingApproval();
        var reference = pending.Reference;

        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: null, "Fine"), HttpStatusCode.BadRequest, "approve");
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: false, null), HttpStatusCode.BadRequest, "comment");
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Fine", [line.Id + 1]), HttpStatusCode.BadRequest, "lineIds");
        await caseworker.AssertRefused(reference, () => teamLeader.TryDecide(reference, approve: true, "Fine", [line.Id, -4]), HttpStatusCode.BadRequest, "lineIds");
        await caseworker.AssertRefused(reference, () => teamLeader.PostRaw(EmployerComplaintApi.Ec(reference, "/plan/decision"), """{ "approve": true, "lineIds": ["one"] }"""), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EC14_closing_needs_a_known_paragraph_and_free_text()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, line) = await caseworker.WithLine();
        var reference = complaint.Reference;
        await caseworker.TryIssue(reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(reference, agrees: true).Ok();
        await caseworker.TryLineDone(reference, line.Id).Ok();

        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference, "Goodbye", "Done"), HttpStatusCode.BadRequest, "paragraph");
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference, null, "Done"), HttpStatusCode.BadRequest, "paragraph");
        await caseworker.AssertRefused(reference, () => caseworker.TryClose(reference, "UnableToContact", " "), HttpStatusCode.BadRequest, "freeText");

        Assert.Equal(SrStatus.Closed, (await caseworker.TryClose(reference, "UnableToContact", "We refunded it.").Ok()).Status);
    }

    [Fact]
    public async Task API_a_body_that_is_not_json_is_a_problem_not_a_crash()
    {
        var caseworker = await app.LoginAs("caseworker");
        var logged = await caseworker.Opened();

        await caseworker.AssertRefused(logged.Reference, () => caseworker.PostRaw(EmployerComplaintApi.Ec(logged.Reference, "/invalid"), "{ note: "), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task API_an_unknown_complaint_is_404_on_every_route()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");

        await (await caseworker.GetAsync(EmployerComplaintApi.Ec(Unknown))).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryInvalid(Unknown, "Apologised")).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryValid(Unknown)).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryAddLine(Unknown, new { resolutionType = "Apology", description = "Sorry", financial = (object?)null })).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.Post(EmployerComplaintApi.Ec(Unknown, "/plan/lines/1/withdraw"))).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryLineDone(Unknown, 1)).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryIssue(Unknown, reachedByPhone: true)).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryRespond(Unknown, agrees: true)).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TrySubmit(Unknown)).AssertProblem(HttpStatusCode.NotFound);
        await (await teamLeader.TryDecide(Unknown, approve: true, "Fine")).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryClose(Unknown)).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task API_a_service_request_that_is_not_an_employer_complaint_is_404_here()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var before = await caseworker.Snapshot(sr.Reference);

        await (await caseworker.GetAsync(EmployerComplaintApi.Ec(sr.Reference))).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryValid(sr.Reference)).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.TryInvalid(sr.Reference, "Apologised")).AssertProblem(HttpStatusCode.NotFound);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task EC07_an_unknown_plan_line_is_404()
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, line) = await caseworker.WithLine();

        await caseworker.AssertRefused(complaint.Reference, () => caseworker.TryLineDone(complaint.Reference, line.Id + 10), HttpStatusCode.NotFound);
        await caseworker.AssertRefused(complaint.Reference, () => caseworker.Post(EmployerComplaintApi.Ec(complaint.Reference, $"/plan/lines/{line.Id + 10}/withdraw")), HttpStatusCode.NotFound);
    }
}

public sealed class ComplaintInputTests_Sqlite(SqliteFactory app) : ComplaintInputTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintInputTests_Postgres(PostgresFactory app) : ComplaintInputTests(app), IClassFixture<PostgresFactory>;
