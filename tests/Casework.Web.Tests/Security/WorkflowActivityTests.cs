using System.Net;
using Casework.Web.Tests.EmployerComplaints;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Security;

/// <summary>Issue 10 item 4: a complaint's activities move only through the complaint's own actions, never the generic SR route.</summary>
public abstract class WorkflowActivityTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("caseworker")]
    [InlineData("teamleader")]
    [InlineData("subjectaccess")]
    public async Task EC_a_complaint_awaiting_approval_cannot_have_its_plan_ticked_on_the_generic_activity_route(string user)
    {
        var caseworker = await app.LoginAs("caseworker");
        var (complaint, _) = await caseworker.PendingApproval();
        var sr = await caseworker.GetSr(complaint.Reference);
        var http = await app.LoginAs(user);

        foreach (var activity in sr.Activities.Where(a => !a.Done))
        {
            var before = await caseworker.SnapshotComplaint(complaint.Reference);
            var response = await http.Post(ApiClient.Sr(complaint.Reference, $"/activities/{activity.Id}/done"));
            Assert.True(
                response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Forbidden,
                $"{user} ticked '{activity.Name}': {(int)response.StatusCode}");
            await caseworker.AssertComplaintUnchanged(before);
        }
    }
}

public sealed class WorkflowActivityTests_Sqlite(SqliteFactory app) : WorkflowActivityTests(app), IClassFixture<SqliteFactory>;

public sealed class WorkflowActivityTests_Postgres(PostgresFactory app) : WorkflowActivityTests(app), IClassFixture<PostgresFactory>;
