using System.Net;
using Casework.Domain.Clients;
using Casework.Domain.Contact;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.SubjectAccess;

/// <summary>CON-05: a SAR is logged by a caseworker, goes to the subject access team, and is due in 40 calendar days.</summary>
public abstract class SubjectAccessRequestTests(CaseworkFactory app)
{
    [Theory]
    [InlineData("2026-01-22", "2026-03-03")]
    [InlineData("2026-02-20", "2026-04-01")]
    [InlineData("2025-12-31", "2026-02-09")]
    public async Task CON05_sar_is_due_40_calendar_days_after_receipt_across_month_ends(string received, string due)
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateEmployer($"Sar Due {received} Ltd");

        var sar = await http.LogSar(employer.Ern, DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), sar.DueOn);
        Assert.Contains("40 calendar days", sar.DueRule, StringComparison.Ordinal);
        Assert.Equal(("SUBJECT-ACCESS", "Logged", "Employer"), (sar.Team, sar.Status, sar.SubjectKind));
    }

    [Fact]
    public void CON05_due_date_counts_calendar_days_over_february_in_common_and_leap_years()
    {
        Assert.Equal(new DateOnly(2027, 3, 3), SubjectAccessRequest.DueDate(new DateOnly(2027, 1, 22)));
        Assert.Equal(new DateOnly(2028, 3, 2), SubjectAccessRequest.DueDate(new DateOnly(2028, 1, 22)));
    }

    [Fact]
    public async Task CON05_sar_appears_in_the_subject_access_team_inbox_and_not_the_caseworkers()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var scin = ClientScins.Next();
        await app.AddClient(scin, ClientRole.PayingParent, withSecurity: false);

        var sar = await http.LogSar(scin, app.Today().AddDays(-3));

        var item = Assert.Single(await team.Inbox(team: true), i => i.Reference == sar.Reference);
        Assert.Equal(("Subject access request", sar.DueOn), (item.WorkItem, item.TargetDate));
        Assert.DoesNotContain(await http.Inbox(team: true), i => i.Reference == sar.Reference);
        Assert.Equal(("Client", scin), (sar.SubjectKind, sar.SubjectReference));
    }

    [Fact]
    public async Task CON05_no_fee_in_northern_ireland()
    {
        var http = await app.LoginAs("caseworker");
        var ni = await http.CreateEmployer("Belfast Sar Ltd", Region.NorthernIreland);
        var wales = await http.CreateEmployer("Cardiff Sar Ltd");

        var (niSar, walesSar) = (await http.LogSar(ni.Ern, app.Today()), await http.LogSar(wales.Ern, app.Today()));

        Assert.Equal((false, true), (niSar.FeeApplies, walesSar.FeeApplies));
    }

    [Fact]
    public async Task CON05_completing_takes_the_sar_out_of_the_team_inbox_and_only_the_team_may()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var employer = await http.CreateEmployer("Completed Sar Ltd");
        var sar = await http.LogSar(employer.Ern, app.Today());

        await (await http.Post($"{SubjectAccessApi.Route}/{sar.Reference}/complete")).AssertProblem(HttpStatusCode.Forbidden);
        Assert.Equal("Logged", (await http.GetSar(sar.Reference)).Status);
        var done = await (await team.Post($"{SubjectAccessApi.Route}/{sar.Reference}/complete")).Read<SarView>(HttpStatusCode.OK);
        await (await team.Post($"{SubjectAccessApi.Route}/{sar.Reference}/complete")).AssertProblem(HttpStatusCode.Conflict);

        Assert.Equal("Completed", done.Status);
        Assert.DoesNotContain(await team.Inbox(team: true), i => i.Reference == sar.Reference);
    }

    [Fact]
    public async Task CON05_refused_requests_log_nothing()
    {
        var http = await app.LoginAs("caseworker");
        var leader = await app.LoginAs("teamleader");
        var employer = await http.CreateEmployer("Refused Sar Ltd");
        var today = app.Today();
        var before = await app.SarCount();

        (await app.Anonymous().TryLogSar(new { subjectReference = employer.Ern, receivedInWriting = true, receivedOn = today })).AssertUnauthorized();
        await (await leader.TryLogSar(new { subjectReference = employer.Ern, receivedInWriting = true, receivedOn = today })).AssertProblem(HttpStatusCode.Forbidden);
        await (await http.TryLogSar(new { })).AssertProblem(HttpStatusCode.BadRequest, "subjectReference", "receivedInWriting", "receivedOn");
        await (await http.TryLogSar(new { subjectReference = "99999998", receivedInWriting = true, receivedOn = today }))
            .AssertProblem(HttpStatusCode.BadRequest, "subjectReference");
        await (await http.TryLogSar(new { subjectReference = employer.Ern, receivedInWriting = true, receivedOn = today.AddDays(2) }))
            .AssertProblem(HttpStatusCode.BadRequest, "receivedOn");
        var byPhone = await (await http.TryLogSar(new { subjectReference = employer.Ern, receivedInWriting = false, receivedOn = today }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("in writing", byPhone.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await app.SarCount());
    }

    [Fact]
    public async Task CON05_unknown_sar_is_404_and_export_is_for_the_subject_access_team_only()
    {
        var http = await app.LoginAs("caseworker");
        var team = await app.LoginAs("subjectaccess");
        var employer = await http.CreateEmployer("Export Guard Ltd");
        var sar = await http.LogSar(employer.Ern, app.Today());

        await (await http.GetAsync(new Uri($"{SubjectAccessApi.Route}/SAR999999", UriKind.Relative))).AssertProblem(HttpStatusCode.NotFound);
        await (await team.GetAsync(new Uri($"{SubjectAccessApi.Route}/SAR999999/export", UriKind.Relative))).AssertProblem(HttpStatusCode.NotFound);
        await (await http.GetAsync(new Uri($"{SubjectAccessApi.Route}/{sar.Reference}/export", UriKind.Relative))).AssertProblem(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync(new Uri($"{SubjectAccessApi.Route}/{sar.Reference}/export", UriKind.Relative))).AssertUnauthorized();
    }
}

public sealed class SubjectAccessRequestTests_Sqlite(SqliteFactory app) : SubjectAccessRequestTests(app), IClassFixture<SqliteFactory>;

public sealed class SubjectAccessRequestTests_Postgres(PostgresFactory app) : SubjectAccessRequestTests(app), IClassFixture<PostgresFactory>;
