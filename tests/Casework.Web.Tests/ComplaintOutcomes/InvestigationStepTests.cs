using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ComplaintOutcomes;

/// <summary>OUT-05: the investigation plan as headed steps (POST …/investigation-steps), and every refusal changing nothing.</summary>
public abstract class InvestigationStepTests(CaseworkFactory app)
{
    [Fact]
    public async Task OUT05_headed_steps_are_numbered_and_refer_to_staff_by_first_name_site_team_and_extension()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();

        Assert.Equal(1, await caseworker.AddStep(reference, "Call recording", "Listened to the call of 27 February.", staffNumber: "100002"));
        Assert.Equal(2, await caseworker.AddStep(reference, "Customer contact", "Called the employer back."));
        var complaint = await caseworker.GetComplaint(reference);

        Assert.Equal(
            [
                new InvestigationStepView(1, "Call recording", "Listened to the call of 27 February.",
                    new StaffReferenceView("100002", "Dev", "Bootle", "Employer payments", "4101"), "Carys Evans (100001)"),
                new InvestigationStepView(2, "Customer contact", "Called the employer back.", null, "Carys Evans (100001)"),
            ],
            complaint.InvestigationSteps);
        Assert.Contains(await caseworker.Audit(reference), a => a.Action == "Investigation step added"
            && a.After == "1: Call recording (Dev, Bootle, Employer payments, extension 4101)");
    }

    public static TheoryData<string?, string?, string> BadSteps => new()
    {
        { null, "Detail", "heading" },
        { " ", "Detail", "heading" },
        { "Heading", null, "detail" },
        { new string('h', 201), "Detail", "heading" },
        { "Heading", new string('d', 4001), "detail" },
    };

    [Theory]
    [MemberData(nameof(BadSteps))]
    public async Task OUT05_a_step_without_a_heading_or_detail_is_400_and_nothing_changes(string? heading, string? detail, string field)
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryAddStep(reference, new { heading, detail })).AssertProblem(HttpStatusCode.BadRequest, field);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_without_a_login_is_401_and_with_a_role_that_does_not_handle_complaints_403_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        (await app.Anonymous().TryAddStep(reference, new { heading = "Call recording", detail = "Listened." })).AssertUnauthorized();
        await (await (await app.LoginAs("subjectaccess")).TryAddStep(reference, new { heading = "Call recording", detail = "Listened." }))
            .AssertProblem(HttpStatusCode.Forbidden);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_an_unknown_complaint_or_member_of_staff_is_404_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.AddIssue(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryAddStep("NOPE-1", new { heading = "Call recording", detail = "Listened." })).AssertProblem(HttpStatusCode.NotFound);
        var problem = await (await caseworker.TryAddStep(reference, new { heading = "Call recording", detail = "Listened.", staffNumber = "999999" }))
            .AssertProblem(HttpStatusCode.NotFound);

        Assert.Contains("999999", problem.Detail, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_a_step_on_an_sr_that_is_not_a_complaint_is_422_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = (await caseworker.RaiseSr()).Reference;
        var before = await caseworker.Snapshot(reference);

        await (await caseworker.TryAddStep(reference, new { heading = "Call recording", detail = "Listened." })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_once_the_complaint_is_finalised_adding_a_step_is_409_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.Finalised(reference, "NotUpheld");
        await caseworker.Finalise(reference, "Checked the payments: the refund was on time.");
        var before = await caseworker.ComplaintSnapshot(reference);

        var problem = await (await caseworker.TryAddStep(reference, new { heading = "Late step", detail = "Too late." })).AssertProblem(HttpStatusCode.Conflict);

        Assert.Contains("finalised", problem.Detail, StringComparison.Ordinal);
        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task OUT05_a_step_based_on_a_stale_version_is_409_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var reference = await caseworker.RaiseComplaint();
        await caseworker.AddIssue(reference);
        var stale = (await caseworker.GetComplaint(reference)).Version;
        await caseworker.AddStep(reference);
        var before = await caseworker.ComplaintSnapshot(reference);

        await (await caseworker.TryAddStep(reference, new { heading = "Call recording", detail = "Listened.", version = stale })).AssertProblem(HttpStatusCode.Conflict);

        await caseworker.AssertUnchanged(before);
    }
}

public sealed class InvestigationStepTests_Sqlite(SqliteFactory app) : InvestigationStepTests(app), IClassFixture<SqliteFactory>;

public sealed class InvestigationStepTests_Postgres(PostgresFactory app) : InvestigationStepTests(app), IClassFixture<PostgresFactory>;
