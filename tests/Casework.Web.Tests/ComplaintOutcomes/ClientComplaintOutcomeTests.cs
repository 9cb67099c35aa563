using System.Net;
using Casework.Web.Tests.Clients;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.ComplaintOutcomes;

/// <summary>
/// SR-09 with OUT-01…05: a client's complaint (<c>Client / Complaints / Complaint</c>) has the same complaint-outcome
/// record as an employer's: Level 1, issue lines, derived outcome, remedy, investigation plan, finalisation, feedback.
/// </summary>
public abstract class ClientComplaintOutcomeTests(CaseworkFactory app)
{
    private async Task<(HttpClient Http, string Scin, string Reference)> ClientComplaintAsync()
    {
        var http = await app.LoginAs("caseworker");
        var scin = (await http.Post("/api/clients", new
        {
            name = "Complaining Client", role = "PayingParent", addressLine1 = "1 Dock Road", postcode = "NP20 1AA", region = "EnglandAndWales",
            phone = "01633 000000", preferredLanguage = "English",
        }).ReadOk<ClientCreatedView>(HttpStatusCode.Created)).Scin;
        var sr = await http.TryRaiseSr(new { process = "Client", area = "Complaints", subArea = "Complaint", clientScin = scin, raisedBy = "Client", channel = "Phone" })
            .ReadOk<ClientSrView>(HttpStatusCode.Created);
        return (http, scin, sr.Reference);
    }

    [Fact]
    public async Task OUT01_OUT03_a_client_complaint_is_level_1_and_its_outcome_is_derived_from_its_lines()
    {
        var (http, _, reference) = await ClientComplaintAsync();

        var fresh = await http.GetComplaint(reference);
        var first = await http.AddIssue(reference, "Payments", "Maintenance paid late");
        var second = await http.AddIssue(reference, "Staff", "Call back never came");
        var half = await http.SetOutcome(reference, first, "Upheld");
        var all = await http.SetOutcome(reference, second, "NotUpheld");

        Assert.Equal((1, null), (fresh.Level, fresh.Outcome));
        Assert.Null(half.Outcome);
        Assert.Equal("PartiallyUpheld", all.Outcome);
        Assert.Contains(await http.Audit(reference), a => a.Action == "Complaint outcome derived" && a.After == "PartiallyUpheld");
    }

    [Fact]
    public async Task OUT04_OUT05_a_client_complaint_gets_a_remedy_an_investigation_plan_and_is_finalised_with_feedback()
    {
        var (http, _, reference) = await ClientComplaintAsync();
        await http.Finalised(reference, "Upheld");

        await http.SetRemedy(reference, "Apology");
        await http.AddStep(reference, "Call recording", "Listened to the call of 2 March.");
        var noFeedback = await http.ComplaintSnapshot(reference);
        await (await http.TryFinalise(reference, new { summary = "Upheld: the call back was missed." })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await http.AssertUnchanged(noFeedback);
        var done = await http.Finalise(reference, "Upheld: the call back was missed.", "Call backs are now tracked in the inbox.");

        Assert.Equal(("Upheld", "Apology"), (done.Outcome, done.Remedy));
        Assert.Single(done.InvestigationSteps);
        Assert.Equal("Call backs are now tracked in the inbox.", done.Finalisation!.Feedback);
    }

    [Fact]
    public async Task OUT04_a_level_1_client_complaint_refuses_a_written_response_422_and_nothing_changes()
    {
        var (http, _, reference) = await ClientComplaintAsync();
        var before = await http.ComplaintSnapshot(reference);

        await (await http.TrySetWrittenResponse(reference, new { required = true })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR09_the_client_complaints_page_opens_from_its_SR_and_the_client_page_lists_it()
    {
        var (_, scin, reference) = await ClientComplaintAsync();
        var page = await PageSession.SignInAsync(app, "caseworker");

        Assert.Contains("Complaint issues, outcome and finalisation", await page.GetHtmlAsync($"/ServiceRequests/{reference}"), StringComparison.Ordinal);
        Assert.Contains(reference, await page.GetHtmlAsync($"/Complaints/{reference}"), StringComparison.Ordinal);
        Assert.Contains(reference, await page.GetHtmlAsync($"/Clients/{scin}"), StringComparison.Ordinal);
    }
}

public sealed class ClientComplaintOutcomeTests_Sqlite(SqliteFactory app) : ClientComplaintOutcomeTests(app), IClassFixture<SqliteFactory>;

public sealed class ClientComplaintOutcomeTests_Postgres(PostgresFactory app) : ClientComplaintOutcomeTests(app), IClassFixture<PostgresFactory>;
