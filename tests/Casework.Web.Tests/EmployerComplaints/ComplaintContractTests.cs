using System.Text.Json;
using Casework.Web.Tests.ComplaintOutcomes;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>API.md's Employer complaints section: who may read, the shared reference, and the published description.</summary>
public abstract class ComplaintContractTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("teamleader")]
    [InlineData("complaintsreview")]
    [InlineData("accountmanager")]
    [InlineData("caseworker2")]
    public async Task API_any_signed_in_role_reads_a_complaint(string userName)
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.WithLine(ComplaintStates.Redress);

        var read = await (await app.LoginAs(userName)).GetEc(complaint.Reference);

        ApiClient.AssertSameJson(await caseworker.GetEc(complaint.Reference), read);
        Assert.Equal(new FinancialView("Redress", 150m, false, "Bank charges statement"), Assert.Single(read.Plan.Lines).Financial);
    }

    [Fact]
    public async Task OUT01_a_resolution_complaint_is_level_1_and_a_review_level_2_on_the_outcome_routes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var resolution = await caseworker.Opened(issue: "Wrong amount");
        var review = await caseworker.LogComplaint(resolution.EmployerErn, "Wrong amount");

        Assert.Equal(1, (await caseworker.GetComplaint(resolution.Reference)).Level);
        Assert.Equal(2, (await caseworker.GetComplaint(review.Reference)).Level);
    }

    [Fact]
    public async Task EC15_the_outcome_recorded_on_the_outcome_routes_shows_on_the_employer_complaint()
    {
        var caseworker = await app.LoginAs("caseworker");
        var closed = await caseworker.Closed();
        Assert.Null(closed.Outcome);

        var upheld = await caseworker.AddIssue(closed.Reference, "Deductions", "Taken twice");
        var notUpheld = await caseworker.AddIssue(closed.Reference, "Service", "Rude letter");
        await caseworker.SetOutcome(closed.Reference, upheld, "Upheld");
        await caseworker.SetOutcome(closed.Reference, notUpheld, "NotUpheld");

        Assert.Equal("PartiallyUpheld", (await caseworker.GetEc(closed.Reference)).Outcome);
    }

    [Fact]
    public async Task API_the_published_description_lists_every_employer_complaint_route()
    {
        using var anonymous = app.Anonymous();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/employer-complaints", "post"), ("/api/employer-complaints/{reference}", "get"),
            ("/api/employer-complaints/{reference}/invalid", "post"), ("/api/employer-complaints/{reference}/valid", "post"),
            ("/api/employer-complaints/{reference}/plan/lines", "post"), ("/api/employer-complaints/{reference}/plan/issue", "post"),
            ("/api/employer-complaints/{reference}/plan/response", "post"), ("/api/employer-complaints/{reference}/plan/submit", "post"),
            ("/api/employer-complaints/{reference}/plan/decision", "post"), ("/api/employer-complaints/{reference}/plan/lines/{id}/done", "post"),
            ("/api/employer-complaints/{reference}/close", "post"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var operations) && operations.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is not in /openapi/v1.json");
        }
    }
}

public sealed class ComplaintContractTests_Sqlite(SqliteFactory app) : ComplaintContractTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintContractTests_Postgres(PostgresFactory app) : ComplaintContractTests(app), IClassFixture<PostgresFactory>;
