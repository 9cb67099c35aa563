using System.Globalization;
using System.Net;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.ServiceRequests;

/// <summary>The SR catalogue and raising an SR: POST/GET /api/service-requests (SR-01, SR-02, SR-03, SR-07).</summary>
public abstract class RaiseServiceRequestTests(CaseworkFactory app)
{
    // SR-03: self service, complaints, link / remove agent and the account-manager referrals.
    private static readonly (string Area, string SubArea)[] _employerOnly =
    [
        ("Info Requested", "Self Service Usage"), ("Info Requested", "Self Service IT"), ("Update Details", "Link Agent"),
        ("Update Details", "Remove Agent"), ("Complaints", "Resolution"), ("Complaints", "Review"),
        ("Account Manager", "Allocate"), ("Account Manager", "Change"), ("Account Manager", "Remove"),
    ];

    private static readonly Dictionary<string, (object Body, string[] Fields)> _badRaises = new()
    {
        ["nothing"] = (new { }, ["process", "area", "subArea", "raisedBy", "channel", "employerErn"]),
        ["unknown channel"] = (Raise(channel: "Pigeon"), ["channel"]),
        ["unknown raised by"] = (Raise(raisedBy: "Customer"), ["raisedBy"]),
        ["both employer and agent"] = (Raise(agentEarn: ApiClient.DemoEarn), ["employerErn"]),
        ["combination not in the catalogue"] = (Raise(subArea: "Send Flowers"), ["subArea"]),
        ["unknown employer"] = (Raise(employerErn: "99999999"), ["employerErn"]),
        ["unknown agent"] = (Raise(employerErn: null, agentEarn: "99999999", raisedBy: "Agent"), ["agentEarn"]),
    };

    public static TheoryData<string> BadRaises => [.. _badRaises.Keys];

    [Fact]
    public async Task SR02_the_catalogue_lists_each_combination_once_with_its_employer_only_flag()
    {
        var http = await app.LoginAs("caseworker");
        var types = await http.Get<List<SrTypeView>>("/api/service-request-types");

        Assert.Equal(30, types.Count);
        Assert.Equal(types.Count, types.Select(t => (t.Process, t.Area, t.SubArea)).Distinct().Count());
        Assert.Contains(new SrTypeView("Employer", "Info Requested", "Send Literature", false), types);
        Assert.Contains(new SrTypeView("Payments", "One Off Payment", "Employer Credit/Debit Card", false), types);
        foreach (var (area, subArea) in _employerOnly)
        {
            Assert.Contains(new SrTypeView("Employer", area, subArea, true), types);
        }
    }

    [Fact]
    public async Task SR01_raising_for_an_employer_is_201_with_reference_status_owner_target_and_activity_plan()
    {
        var http = await app.LoginAs("caseworker");

        var sr = await http.RaiseSr();

        Assert.Matches("^SR[0-9]{8}$", sr.Reference);
        Assert.Equal((SrStatus.Open, "Open"), (sr.Status, sr.SubStatus));
        Assert.Equal(new OwnerView(OwnerKind.Staff, "100001", "Carys Evans", "EMPLOYER-PAYMENTS"), sr.Owner);
        Assert.Equal(new DateOnly(2026, 3, 9), sr.TargetDate); // 5 working days from Monday 2 March
        Assert.Equal(app.Clock.GetUtcNow(), sr.CreatedAt);
        Assert.Equal((ApiClient.DemoErn, null, "Employer", "Phone"), (sr.EmployerErn, sr.AgentEarn, sr.RaisedBy, sr.Channel));
        Assert.Equal(
            [(1, "Confirm the literature requested", false), (2, "Send the literature", false), (3, "Note what was sent", false)],
            sr.Activities.Select(a => (a.Id, a.Name, a.Done)));
        Assert.Empty(sr.Notes);
        Assert.Empty(sr.Letters);

        var read = await http.GetAsync(ApiClient.Sr(sr.Reference));
        ApiClient.AssertSameJson(sr, await read.Read<SrView>(HttpStatusCode.OK));
        Assert.Equal($"\"{sr.Version}\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task SR01_raising_for_an_agent_records_the_agent_as_the_party()
    {
        var http = await app.LoginAs("caseworker");

        var sr = await http.RaiseSr(subArea: "Update Agent Details", area: "Update Details", employerErn: null,
            agentEarn: ApiClient.DemoEarn, raisedBy: "Agent", channel: "Email");

        Assert.Equal((null, ApiClient.DemoEarn, "Agent", "Email"), (sr.EmployerErn, sr.AgentEarn, sr.RaisedBy, sr.Channel));
        Assert.Equal(SrStatus.Open, sr.Status);
        Assert.Equal(3, sr.Activities.Count);
    }

    [Theory]
    [InlineData("Info Requested", "Self Service Usage")]
    [InlineData("Info Requested", "Self Service IT")]
    [InlineData("Update Details", "Link Agent")]
    [InlineData("Update Details", "Remove Agent")]
    [InlineData("Complaints", "Resolution")]
    public async Task SR03_employer_only_type_raised_by_agent_is_422_and_nothing_changes(string area, string subArea)
    {
        var http = await app.LoginAs("caseworker");
        var mine = (await http.Inbox()).Count;
        var team = (await http.Inbox(team: true)).Count;

        var forAgent = await http.TryRaiseSr(Raise(area: area, subArea: subArea, employerErn: null, agentEarn: ApiClient.DemoEarn, raisedBy: "Agent"));
        var byAgent = await http.TryRaiseSr(Raise(area: area, subArea: subArea, raisedBy: "Agent"));

        foreach (var response in new[] { forAgent, byAgent })
        {
            var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity);
            Assert.Contains("employer", problem.Detail, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(mine, (await http.Inbox()).Count);
        Assert.Equal(team, (await http.Inbox(team: true)).Count);
    }

    [Theory]
    [MemberData(nameof(BadRaises), MemberType = typeof(RaiseServiceRequestTests))]
    public async Task SR01_bad_raise_input_is_400_with_field_errors_and_raises_nothing(string example)
    {
        var http = await app.LoginAs("caseworker");
        var team = (await http.Inbox(team: true)).Count;
        var (body, fields) = _badRaises[example];

        await (await http.TryRaiseSr(body)).AssertProblem(HttpStatusCode.BadRequest, fields);

        Assert.Equal(team, (await http.Inbox(team: true)).Count);
    }

    [Fact]
    public async Task SR01_a_raise_refused_for_bad_input_uses_no_reference()
    {
        var http = await app.LoginAs("caseworker");
        var first = await http.RaiseSr();

        await (await http.TryRaiseSr(Raise(channel: "Pigeon"))).AssertProblem(HttpStatusCode.BadRequest, "channel");
        await (await http.TryRaiseSr(Raise(subArea: "Send Flowers"))).AssertProblem(HttpStatusCode.BadRequest, "subArea");
        var next = await http.RaiseSr();

        Assert.Equal(Number(first) + 1, Number(next));
    }

    [Fact]
    public async Task SR03_a_raise_refused_by_the_employer_only_rule_uses_no_reference()
    {
        var http = await app.LoginAs("caseworker");
        var first = await http.RaiseSr();

        await (await http.TryRaiseSr(Raise(subArea: "Self Service IT", raisedBy: "Agent"))).AssertProblem(HttpStatusCode.UnprocessableEntity);
        var next = await http.RaiseSr();

        Assert.Equal(Number(first) + 1, Number(next));
    }

    [Fact]
    public async Task SR06_work_for_another_team_waits_in_that_teams_queue()
    {
        var caseworker = await app.LoginAs("caseworker");

        var sr = await caseworker.RaiseSr(area: "Complaints", subArea: "Review");

        Assert.Equal(new OwnerView(OwnerKind.Team, null, null, "ESCALATED-COMPLAINTS"), sr.Owner);
        var reviewer = await app.LoginAs("complaintsreview");
        Assert.Contains(await reviewer.Inbox(team: true), i => i.Reference == sr.Reference);
        Assert.DoesNotContain(await caseworker.Inbox(team: true), i => i.Reference == sr.Reference);
    }

    [Fact]
    public async Task SR07_an_employer_with_an_account_manager_has_new_SRs_routed_to_them()
    {
        var caseworker = await app.LoginAs("caseworker");
        var employer = await caseworker.CreateEmployer("Managed Account Holdings Ltd");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Arrange only: the account-manager referral journey is not part of this API section.
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            (await db.Employers.SingleAsync(e => e.Ern == employer.Ern)).AssignAccountManager("100030");
            await db.SaveChangesAsync();
        }

        var read = await caseworker.Get<EmployerView>($"/api/employers/{employer.Ern}");
        var sr = await caseworker.RaiseSr(employerErn: employer.Ern);

        Assert.Equal(new AccountTeamView("AccountManager", "100030", "Alex Morgan"), read.AccountTeam);
        Assert.Equal(new OwnerView(OwnerKind.Staff, "100030", "Alex Morgan", "EMPLOYER-PAYMENTS"), sr.Owner);
        var accountManager = await app.LoginAs("accountmanager");
        Assert.Contains(await accountManager.Inbox(), i => i.Reference == sr.Reference);
        Assert.DoesNotContain(await caseworker.Inbox(), i => i.Reference == sr.Reference);
    }

    private static int Number(SrView sr) => int.Parse(sr.Reference.AsSpan(2), CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Raise(
        string area = "Info Requested",
        string subArea = "Send Literature",
        string? employerErn = ApiClient.DemoErn,
        string? agentEarn = null,
        string raisedBy = "Employer",
        string channel = "Phone") => new()
    {
        ["process"] = "Employer",
        ["area"] = area,
        ["subArea"] = subArea,
        ["employerErn"] = employerErn,
        ["agentEarn"] = agentEarn,
        ["raisedBy"] = raisedBy,
        ["channel"] = channel,
    };
}

public sealed class RaiseServiceRequestTests_Sqlite(SqliteFactory app) : RaiseServiceRequestTests(app), IClassFixture<SqliteFactory>;

public sealed class RaiseServiceRequestTests_Postgres(PostgresFactory app) : RaiseServiceRequestTests(app), IClassFixture<PostgresFactory>;
