using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Inbox;

/// <summary>Finding work (API.md wave 2): paged inboxes (SR-11), SR search (SR-10), bulk reassign (SR-11).</summary>
public abstract class FindingWorkTests(CaseworkFactory app)
{
    [Fact]
    public async Task SR11_the_inbox_pages_with_a_total_and_cuts_nothing_off()
    {
        var http = await app.LoginAs("accountmanager2");
        for (var i = 0; i < 7; i++)
        {
            await http.RaiseSr();
        }

        var first = await http.Get<PageView<InboxItemView>>("/api/inbox?pageSize=3");
        Assert.True(first.Total >= 7, $"total {first.Total}");
        var pages = new List<PageView<InboxItemView>>();
        for (var page = 1; page <= (first.Total + 2) / 3; page++)
        {
            pages.Add(await http.Get<PageView<InboxItemView>>($"/api/inbox?pageSize=3&page={page}"));
        }

        Assert.All(pages, p => Assert.Equal(first.Total, p.Total));
        Assert.All(pages[..^1], p => Assert.Equal(3, p.Items.Count));
        var all = pages.SelectMany(p => p.Items.Select(i => i.Reference)).ToList();
        Assert.Equal(first.Total, all.Distinct().Count());
        Assert.Empty((await http.Get<PageView<InboxItemView>>($"/api/inbox?pageSize=3&page={pages.Count + 1}")).Items);
    }

    [Fact]
    public async Task SR11_the_inbox_sorts_by_age_or_status_and_filters_by_status_and_overdue()
    {
        var http = await app.LoginAs("accountmanager");
        var older = await http.RaiseSr();
        var newer = await http.RaiseSr();
        await http.ChangeStatus(newer.Reference, SrStatus.InProgress);

        var byAge = (await http.Get<PageView<InboxItemView>>("/api/inbox?sort=age&pageSize=200")).Items.Select(i => i.Reference).ToList();
        Assert.True(byAge.IndexOf(older.Reference) < byAge.IndexOf(newer.Reference));
        var byStatus = (await http.Get<PageView<InboxItemView>>("/api/inbox?sort=status&pageSize=200")).Items;
        Assert.Equal(byStatus.Select(i => i.Status.ToString()).Order(StringComparer.Ordinal), byStatus.Select(i => i.Status.ToString()));

        var inProgress = await http.Get<PageView<InboxItemView>>("/api/inbox?status=InProgress&pageSize=200");
        Assert.All(inProgress.Items, i => Assert.Equal(SrStatus.InProgress, i.Status));
        Assert.Contains(inProgress.Items, i => i.Reference == newer.Reference);
        Assert.Equal(inProgress.Items.Count, inProgress.Total);

        var overdue = await http.Get<PageView<InboxItemView>>("/api/inbox?overdue=true&pageSize=200");
        Assert.All(overdue.Items, i => Assert.True(i.Breached));
        Assert.DoesNotContain(overdue.Items, i => i.Reference == older.Reference);
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    [InlineData("sort=owner", "sort")]
    [InlineData("overdue=maybe", "overdue")]
    [InlineData("status=Sleeping", "status")]
    [InlineData("team=yes", "team")]
    public async Task SR11_a_bad_inbox_query_is_a_400_naming_the_field(string query, string field)
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync($"/api/inbox?{query}")).AssertProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task SR10_search_finds_an_SR_by_reference_and_a_partys_SRs_by_ERN_or_EARN()
    {
        var http = await app.LoginAs("caseworker");
        var sr = await http.RaiseSr(employerErn: "10000007");
        var agentSr = await http.RaiseSr(employerErn: null, agentEarn: "90000007", raisedBy: "Agent");

        var one = await http.Get<PageView<SrListItemView>>($"/api/service-requests?search={sr.Reference.ToLowerInvariant()}");
        Assert.Equal(sr.Reference, Assert.Single(one.Items).Reference);
        Assert.Equal(1, one.Total);
        Assert.Equal((sr.Process, sr.Area, sr.SubArea, sr.TargetDate), (one.Items[0].Process, one.Items[0].Area, one.Items[0].SubArea, one.Items[0].TargetDate));

        var byErn = await http.Get<PageView<SrListItemView>>("/api/service-requests?search=10000007&pageSize=200");
        Assert.Contains(byErn.Items, i => i.Reference == sr.Reference);
        Assert.DoesNotContain(byErn.Items, i => i.Reference == agentSr.Reference);
        var byEarn = await http.Get<PageView<SrListItemView>>("/api/service-requests?search=90000007");
        Assert.Equal(agentSr.Reference, Assert.Single(byEarn.Items).Reference);

        var none = await http.Get<PageView<SrListItemView>>("/api/service-requests?search=SR99999999");
        Assert.Equal((0, 0), (none.Total, none.Items.Count));
    }

    [Fact]
    public async Task SR10_an_employers_SRs_are_paged_newest_first_with_the_total()
    {
        var http = await app.LoginAs("caseworker");
        var raised = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            raised.Add((await http.RaiseSr(employerErn: "10000011")).Reference);
        }

        var first = await http.Get<PageView<SrListItemView>>("/api/service-requests?search=10000011&pageSize=2");
        var third = await http.Get<PageView<SrListItemView>>("/api/service-requests?search=10000011&pageSize=2&page=3");
        Assert.Equal((5, 5), (first.Total, third.Total));
        Assert.Equal([raised[4], raised[3]], first.Items.Select(i => i.Reference));
        Assert.Equal([raised[0]], third.Items.Select(i => i.Reference));
    }

    [Theory]
    [InlineData("", "search")]
    [InlineData("search=10000001&pageSize=500", "pageSize")]
    [InlineData("search=10000001&page=-1", "page")]
    public async Task SR10_a_bad_search_is_a_400(string query, string field)
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync($"/api/service-requests?{query}")).AssertProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task SR10_SR11_finding_work_needs_a_login()
    {
        var anonymous = app.Anonymous();
        (await anonymous.GetAsync("/api/service-requests?search=10000001")).AssertUnauthorized();
        (await anonymous.GetAsync("/api/inbox?page=1")).AssertUnauthorized();
        (await anonymous.Post("/api/inbox/reassign", new { references = new[] { "SR00000001" }, toStaffNumber = "100002" })).AssertUnauthorized();
    }

    [Fact]
    public async Task SR11_a_team_leader_reassigns_many_and_a_locked_SR_is_refused_and_left_as_it_was()
    {
        var caseworker = await app.LoginAs("caseworker");
        var leader = await app.LoginAs("teamleader");
        var a = await caseworker.RaiseSr();
        var b = await caseworker.RaiseSr();
        var locked = await caseworker.RaiseSr();
        await leader.LockAssignment(locked.Reference, true);
        var before = await leader.Snapshot(locked.Reference);

        var result = await (await leader.Post("/api/inbox/reassign", new { references = new[] { a.Reference, b.Reference, locked.Reference, "SR99999999" }, toStaffNumber = "100002" }))
            .Read<ReassignView>(HttpStatusCode.OK);

        Assert.Equal(2, result.Moved);
        Assert.Equal([locked.Reference, "SR99999999"], result.Refused.Select(r => r.Reference));
        Assert.Contains("locked", result.Refused[0].Reason, StringComparison.OrdinalIgnoreCase);
        await leader.AssertUnchanged(before);
        foreach (var moved in new[] { a, b })
        {
            Assert.Equal("100002", (await leader.GetSr(moved.Reference)).Owner.StaffNumber);
            Assert.Contains(await leader.Audit(moved.Reference), e => e.Action == "Assigned" && e.After!.Contains("100002", StringComparison.Ordinal));
        }

        var colleague = await app.LoginAs("caseworker2");
        Assert.Contains(await colleague.Inbox(), i => i.Reference == a.Reference);
    }

    [Fact]
    public async Task SR11_bulk_reassign_is_for_team_leaders_and_bad_input_changes_nothing()
    {
        var caseworker = await app.LoginAs("caseworker");
        var sr = await caseworker.RaiseSr();
        var before = await caseworker.Snapshot(sr.Reference);

        await (await caseworker.Post("/api/inbox/reassign", new { references = new[] { sr.Reference }, toStaffNumber = "100002" }))
            .AssertProblem(HttpStatusCode.Forbidden);
        var leader = await app.LoginAs("teamleader");
        await (await leader.Post("/api/inbox/reassign", new { references = new[] { sr.Reference }, toStaffNumber = "999999" }))
            .AssertProblem(HttpStatusCode.BadRequest, "toStaffNumber");
        await (await leader.Post("/api/inbox/reassign", new { references = Array.Empty<string>(), toStaffNumber = "100002" }))
            .AssertProblem(HttpStatusCode.BadRequest, "references");
        await caseworker.AssertUnchanged(before);
    }
}

public sealed class FindingWorkTests_Sqlite(SqliteFactory app) : FindingWorkTests(app), IClassFixture<SqliteFactory>;

public sealed class FindingWorkTests_Postgres(PostgresFactory app) : FindingWorkTests(app), IClassFixture<PostgresFactory>;
