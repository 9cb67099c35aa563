using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ServiceRequests;

/// <summary>Notes (SR-01), the activity plan (SR-04), the audit trail (SR-08) and missing references.</summary>
public abstract class NotesActivitiesAuditTests(CaseworkFactory app)
{
    public static TheoryData<string, string> RoutesOnAnSr => new()
    {
        { "GET", "" },
        { "GET", "/audit" },
        { "POST", "/notes" },
        { "POST", "/activities/1/done" },
        { "POST", "/status" },
        { "POST", "/assign" },
        { "POST", "/take-ownership" },
        { "POST", "/assignment-lock" },
    };

    [Fact]
    public async Task SR01_adding_a_note_is_201_and_the_note_reads_back_with_its_author_and_time()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();

        var noted = await http.AddNote(sr.Reference, "  Employer asked for the leaflet in Welsh.  ");

        var note = Assert.Single(noted.Notes);
        Assert.Equal(new NoteView("Employer asked for the leaflet in Welsh.", "Carys Evans", app.Clock.GetUtcNow()), note);
        Assert.Equal(sr.Version + 1, noted.Version);
        ApiClient.AssertSameJson(noted, await http.GetSr(sr.Reference));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task SR01_a_blank_note_is_400_on_the_text_field_and_nothing_changes(string? text)
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await http.Snapshot(sr.Reference);

        await (await http.Post(ApiClient.Sr(sr.Reference, "/notes"), new { text })).AssertProblem(HttpStatusCode.BadRequest, "text");

        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR04_completing_an_activity_marks_it_done_by_the_caller()
    {
        var http = await app.LoginAs("caseworker2");
        var sr = await http.RaiseSr();

        var done = await http.CompleteActivity(sr.Reference, 2);

        Assert.Equal([false, true, false], done.Activities.Select(a => a.Done));
        Assert.Equal("Dev Patel", done.Activities[1].DoneBy);
        Assert.Equal(sr.Version + 1, done.Version);
        ApiClient.AssertSameJson(done, await http.GetSr(sr.Reference));
    }

    [Fact]
    public async Task SR04_completing_an_activity_twice_is_409_and_nothing_changes()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        await http.CompleteActivity(sr.Reference, 1);
        var before = await http.Snapshot(sr.Reference);

        var again = await http.Post(ApiClient.Sr(sr.Reference, "/activities/1/done"));

        await again.AssertProblem(HttpStatusCode.Conflict);
        await http.AssertUnchanged(before);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(99)]
    public async Task SR04_an_activity_the_plan_does_not_have_is_404_and_nothing_changes(int activity)
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr();
        var before = await http.Snapshot(sr.Reference);

        var response = await http.Post(ApiClient.Sr(sr.Reference, $"/activities/{activity}/done"));

        await response.AssertProblem(HttpStatusCode.NotFound);
        await http.AssertUnchanged(before);
    }

    [Fact]
    public async Task SR08_audit_trail_lists_raise_note_activity_and_status_oldest_first_with_who_and_before_after()
    {
        var http = await app.LoginAs("caseworker");
        var raisedAt = app.Clock.GetUtcNow();
        var sr = await http.RaiseSr();
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await http.AddNote(sr.Reference, "Called the payroll manager.");
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        await http.CompleteActivity(sr.Reference, 1);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await http.ChangeStatus(sr.Reference, SrStatus.InProgress);

        var audit = await http.Audit(sr.Reference);

        Assert.Equal(["Raised", "Note added", "Activity done", "Status changed"], audit.Select(a => a.Action));
        Assert.Equal([raisedAt, raisedAt.AddMinutes(3), raisedAt.AddMinutes(7), raisedAt.AddMinutes(12)], audit.Select(a => a.At));
        Assert.All(audit, a => Assert.Equal("Carys Evans (100001)", a.By));
        Assert.Null(audit[0].Before);
        Assert.Contains("Send Literature", audit[0].After, StringComparison.Ordinal);
        Assert.Equal((null, "Called the payroll manager."), (audit[1].Before, audit[1].After));
        Assert.Equal(("Confirm the literature requested", "Done"), (audit[2].Before, audit[2].After));
        Assert.Equal(("Open / Open", "InProgress / InProgress"), (audit[3].Before, audit[3].After));
    }

    [Theory]
    [MemberData(nameof(RoutesOnAnSr), MemberType = typeof(NotesActivitiesAuditTests))]
    public async Task SR01_every_route_on_a_reference_that_does_not_exist_is_404(string method, string rest)
    {
        var teamLeader = await app.LoginAs("teamleader");
        var url = ApiClient.Sr("SR99999999", rest);
        object? body = rest switch
        {
            "/notes" => new { text = "A note for nothing" },
            "/status" => new { status = "InProgress" },
            "/assign" => new { staffNumber = "100002" },
            "/assignment-lock" => new { locked = true },
            _ => null,
        };

        await (await teamLeader.Send(new HttpMethod(method), url, body)).AssertProblem(HttpStatusCode.NotFound);

        await (await teamLeader.GetAsync(ApiClient.Sr("SR99999999"))).AssertProblem(HttpStatusCode.NotFound);
    }
}

public sealed class NotesActivitiesAuditTests_Sqlite(SqliteFactory app) : NotesActivitiesAuditTests(app), IClassFixture<SqliteFactory>;

public sealed class NotesActivitiesAuditTests_Postgres(PostgresFactory app) : NotesActivitiesAuditTests(app), IClassFixture<PostgresFactory>;
