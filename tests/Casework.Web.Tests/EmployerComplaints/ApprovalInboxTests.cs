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

    [Fact]
    public async Task EC10_the_team_leaders_approval_item_opens_the_decision_page()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, _) = await caseworker.PendingApproval();

        var item = Assert.Single(await teamLeader.Inbox(), i => i.Reference == complaint.Reference);

        Assert.Equal($"/EmployerComplaints/Approval/{complaint.Reference}", item.Next);
    }

    [Fact]
    public async Task EC11_an_approved_plan_is_an_item_for_the_owner_to_close_the_complaint_until_it_closes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, line) = await caseworker.PendingApproval();
        Assert.Contains(await caseworker.Inbox(), i => i.Reference == complaint.Reference && i.WorkItem == "Waiting for team leader approval");

        await teamLeader.TryDecide(complaint.Reference, approve: true, "Agreed").Ok();

        var item = Assert.Single(await caseworker.Inbox(), i => i.Reference == complaint.Reference);
        Assert.Equal(("Plan approved — close the complaint", $"/EmployerComplaints/{complaint.Reference}"), (item.WorkItem, item.Next));
        await caseworker.TryLineDone(complaint.Reference, line.Id).Ok();
        await caseworker.TryClose(complaint.Reference, "PhoneOutcome", "We put it right.").Ok();
        Assert.DoesNotContain(await caseworker.Inbox(), i => i.Reference == complaint.Reference);
    }

    [Fact]
    public async Task EC11_EC12_a_rejected_plan_is_an_item_for_the_owner_to_revise_it_until_a_line_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var (complaint, _) = await caseworker.PendingApproval();

        await teamLeader.TryDecide(complaint.Reference, approve: false, "Add the refund.").Ok();

        var item = Assert.Single(await caseworker.Inbox(), i => i.Reference == complaint.Reference);
        Assert.Equal("Plan rejected — revise it", item.WorkItem);
        await caseworker.AddLine(complaint.Reference, "Apology", "Say sorry for the delay");
        Assert.Contains(await caseworker.Inbox(), i => i.Reference == complaint.Reference && i.WorkItem == "Employer complaint");
    }
}

public sealed class ApprovalInboxTests_Sqlite(SqliteFactory app) : ApprovalInboxTests(app), IClassFixture<SqliteFactory>;

public sealed class ApprovalInboxTests_Postgres(PostgresFactory app) : ApprovalInboxTests(app), IClassFixture<PostgresFactory>;
