using System.Net;
using System.Net.Http.Json;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ServiceRequests;

/// <summary>SR-12: POST /api/service-requests/{ref}/status to Closed needs a reason, which lands in the audit trail.</summary>
public abstract class CancelReasonTests(CaseworkFactory app)
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SR12_cancelling_without_a_reason_is_400_on_reason_and_nothing_changes(string? reason)
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await http.Snapshot(sr.Reference);

        var response = await http.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "Closed", subStatus = "Cancelled", reason });

        await response.AssertProblem(HttpStatusCode.BadRequest, "reason");
        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR12_closing_completed_without_a_reason_is_400_and_nothing_changes()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        await http.ChangeStatus(sr.Reference, SrStatus.InProgress);
        await http.CompleteAllActivities(await http.GetSr(sr.Reference));
        var before = await http.Snapshot(sr.Reference);

        var response = await http.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "Closed", subStatus = "Completed" });

        await response.AssertProblem(HttpStatusCode.BadRequest, "reason");
        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR12_the_cancel_reason_is_written_to_the_audit_trail_with_the_status_change()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var cancelled = await http.ChangeStatus(sr.Reference, SrStatus.Closed, "Cancelled", "Raised twice by mistake");

        Assert.Equal((SrStatus.Closed, "Cancelled"), (cancelled.Status, cancelled.SubStatus));
        var moved = Assert.Single(await http.Audit(sr.Reference), a => a.Action == "Status changed");
        Assert.Equal(("Open / Open", "Closed / Cancelled (reason: Raised twice by mistake)"), (moved.Before, moved.After));
    }

    [Fact]
    public async Task SR12_a_cancel_refused_for_the_role_is_403_even_with_a_reason_and_nothing_changes()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        await caseworker.ChangeStatus(sr.Reference, SrStatus.PendingAssignment);
        var before = await caseworker.Snapshot(sr.Reference);

        var response = await caseworker.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "Closed", subStatus = "Cancelled", reason = "Not needed" });

        await response.AssertProblem(HttpStatusCode.Forbidden);
        await caseworker.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR12_a_cancel_of_a_closed_SR_is_409_and_nothing_changes()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        await http.ChangeStatus(sr.Reference, SrStatus.Closed, "Cancelled", "Raised twice");
        var before = await http.Snapshot(sr.Reference);

        var response = await http.Post(ApiClient.Sr(sr.Reference, "/status"), new { status = "Closed", subStatus = "Cancelled", reason = "Again" });

        await response.AssertProblem(HttpStatusCode.Conflict);
        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR12_without_a_login_the_status_route_is_401()
    {
        var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/service-requests/SR-NONE/status", new { status = "Closed", subStatus = "Cancelled", reason = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class CancelReasonTests_Sqlite(SqliteFactory app) : CancelReasonTests(app), IClassFixture<SqliteFactory>;

public sealed class CancelReasonTests_Postgres(PostgresFactory app) : CancelReasonTests(app), IClassFixture<PostgresFactory>;
