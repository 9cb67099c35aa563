using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>EC-10: a rejected plan is an approval item in the team leader's own inbox, while the caseworker keeps the SR.</summary>
public abstract class ApprovalInboxTests(CaseworkFactory app)
{
    [Fact]
    public async Task EC10_a_plan_the_employer_rejects_is_an_approval_item_in_the_team_leaders_inbox_until_decided()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var logged = await caseworker.LogComplaint(issue: "Approval inbox check");
        await caseworker.TryValid(logged.Reference).Ok();
        await caseworker.AddLine(logged.Reference);
        await caseworker.TryRespond(logged.Reference, agrees: false, "Not enough").Ok();

        var item = Assert.Single(await teamLeader.Inbox(), i => i.Reference == logged.Reference);
        Assert.Equal(("100001", true, "Employer complaints non financial resolution plan approval"), (item.Owner.StaffNumber, item.AssignmentLocked, item.WorkItem));
        Assert.Contains(await caseworker.Inbox(), i => i.Reference == logged.Reference);

        await teamLeader.TryDecide(logged.Reference, approve: true, "Agreed").Ok();

        Assert.DoesNotContain(await teamLeader.Inbox(), i => i.Reference == logged.Reference);
        Assert.Contains(await caseworker.Inbox(), i => i.Reference == logged.Reference && !i.AssignmentLocked);
    }
}

public sealed class ApprovalInboxTests_Sqlite(SqliteFactory app) : ApprovalInboxTests(app), IClassFixture<SqliteFactory>;

public sealed class ApprovalInboxTests_Postgres(PostgresFactory app) : ApprovalInboxTests(app), IClassFixture<PostgresFactory>;
