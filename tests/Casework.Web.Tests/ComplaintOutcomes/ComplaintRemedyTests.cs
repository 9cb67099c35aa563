using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ComplaintOutcomes;

/// <summary>OUT-04: the remedy is chosen from the configured list, audited, and refused input changes nothing.</summary>
public abstract class ComplaintRemedyTests(CaseworkFactory app)
{
    [Fact]
    public async Task OUT04_the_remedy_list_is_served_and_a_remedy_from_it_is_recorded_and_audited()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, "Upheld");

        var remedies = await caseworker.Get<List<RemedyView>>("/api/complaint-remedies");
        var complaint = await caseworker.SetRemedy(reference, "FinancialRedress");

        Assert.Contains(new RemedyView("FinancialRedress", "Financial redress"), remedies);
        Assert.Equal(("FinancialRedress", "Upheld"), (complaint.Remedy, complaint.Outcome));
        Assert.Equal("FinancialRedress", (await caseworker.GetComplaint(reference)).Remedy);
        Assert.Contains(await caseworker.Audit(reference), a => a.Action == "Complaint remedy recorded" && a.After == "FinancialRedress");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("A box of chocolates")]
    public async Task OUT04_a_missing_or_unlisted_remedy_is_400_and_nothing_changes(string? remedy)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TrySetRemedy(reference, new { remedy })).AssertProblem(HttpStatusCode.BadRequest, "remedy");

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT04_recording_a_remedy_without_a_login_is_401_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        (await app.Anonymous().TrySetRemedy(reference, new { remedy = "Apology" })).AssertUnauthorized();

        await caseworker.AssertUnchanged(before);
    }
}

public sealed class ComplaintRemedyTests_Sqlite(SqliteFactory app) : ComplaintRemedyTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplaintRemedyTests_Postgres(PostgresFactory app) : ComplaintRemedyTests(app), IClassFixture<PostgresFactory>;
