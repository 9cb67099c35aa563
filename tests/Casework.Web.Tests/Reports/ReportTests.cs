using System.Globalization;
using System.Net;
using Casework.Web.Tests.ComplaintOutcomes;
using Casework.Web.Tests.EmployerComplaints;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Reports;

public sealed record TrendRowView(string Month, string IssueCategory, int Count);

public sealed record RepeatView(string EmployerErn, string IssueCategory, List<string> References);

public sealed record TrendsView(List<TrendRowView> Rows, List<RepeatView> RepeatComplaints);

public sealed record TimelinessRowView(string Team, string Month, int Logged, int Acknowledged, int AcknowledgedInTime, int Closed, int ClosedInTime, int Breached);

public sealed record TimelinessView(List<TimelinessRowView> Rows);

public sealed record OutcomesView(Dictionary<string, int> Outcomes, decimal RefundTotal, decimal RedressTotal);

public sealed record WipTeamView(string Team, int Open, int Overdue, Dictionary<string, int> Ageing);

public sealed record WipView(List<WipTeamView> Teams);

/// <summary>A complaint as GET /api/employer-complaints/{ref} shows it, with the EC-16 category and the region it was made in.</summary>
public sealed record SeededComplaint(EmployerComplaintView View, string? Category, string Region);

/// <summary>
/// RPT-01…RPT-05 through the API: complaints with known dates, categories, deadlines and outcomes are made through the
/// real routes (clock: Monday 2 March 2026); every figure of every report, with team and region filters and as CSV, is
/// compared with the same figure computed here from the complaints' own API views.
/// </summary>
public abstract partial class ReportTests(CaseworkFactory app)
{
    private const string Range = "from=2025-12-01&to=2026-03-31";

    private static readonly string[] _reports = ["complaint-trends", "timeliness", "outcomes", "work-in-progress"];

    private async Task<List<SeededComplaint>> SeedAsync()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var england = await caseworker.NewEmployer(Region.EnglandAndWales);
        var scotland = await caseworker.NewEmployer(Region.Scotland);
        var ni = await caseworker.NewEmployer(Region.NorthernIreland);

        async Task<string> Log(string ern, string? category, string received) =>
            (await (await caseworker.TryLog(new
            {
                employerErn = ern, raisedBy = "Employer", channel = "Letter", issue = $"Issue {category ?? "typed"}", description = "Report seed",
                receivedOn = DateOnly.Parse(received, CultureInfo.InvariantCulture), issueCategory = category,
            })).Read<EmployerComplaintView>(HttpStatusCode.Created)).Reference;

        var late = await Log(england, "DeductionsTwice", "2026-01-12");
        await caseworker.TryValid(late).Ok(); // acknowledged seven weeks late, still open past close-by
        var repeat = await Log(england, "DeductionsTwice", "2026-02-27"); // same category within six months: Review
        var refunded = await Log(scotland, "LetterError", "2026-03-02");
        await caseworker.TryValid(refunded).Ok();
        var line = await caseworker.AddLine(refunded, "Refund", "Refund the surplus", ComplaintStates.Refund);
        await caseworker.TryIssue(refunded, reachedByPhone: true).Ok();
        await caseworker.TryRespond(refunded, agrees: true, "Agreed").Ok();
        await caseworker.TryLineDone(refunded, line.Id).Ok();
        await caseworker.TryClose(refunded).Ok();
        var invalid = await Log(ni, null, "2026-02-02");
        await caseworker.TryInvalid(invalid, "Apologised").Ok();
        var outside = await Log(ni, "RefundDelay", "2025-11-28"); // before the range
        await caseworker.TryValid(outside).Ok();

        // OUT-03 outcomes on two of them.
        var upheld = await caseworker.AddIssue(refunded, "Letters", "Wrong address");
        await caseworker.SetOutcome(refunded, upheld, "Upheld");
        var first = await caseworker.AddIssue(invalid, "Payments", "Late");
        var second = await caseworker.AddIssue(invalid, "Payments", "Wrong");
        await caseworker.SetOutcome(invalid, first, "Upheld");
        await caseworker.SetOutcome(invalid, second, "NotUpheld");

        await teamLeader.Post("/api/employer-complaints/deadline-run");
        var seeded = new List<SeededComplaint>();
        foreach (var (reference, category, region) in new[]
        {
            (late, "DeductionsTwice", "EnglandAndWales"), (repeat, "DeductionsTwice", "EnglandAndWales"), (refunded, "LetterError", "Scotland"),
            (invalid, (string?)null, "NorthernIreland"), (outside, "RefundDelay", "NorthernIreland"),
        })
        {
            seeded.Add(new SeededComplaint(await caseworker.GetEc(reference), category, region));
        }

        return seeded;
    }

    private static IEnumerable<SeededComplaint> InRange(IEnumerable<SeededComplaint> all, string? team = null, string? region = null) =>
        all.Where(c => c.View.ReceivedOn >= new DateOnly(2025, 12, 1) && c.View.ReceivedOn <= new DateOnly(2026, 3, 31)
            && (team is null || c.View.Owner.Team == team) && (region is null || c.Region == region));

    private static string MonthOf(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task RPT01_to_RPT05_every_figure_matches_an_independent_count_with_and_without_filters()
    {
        var seeded = await SeedAsync();
        var teamLeader = await app.LoginAs("teamleader");

        foreach (var (team, region) in new (string?, string?)[] { (null, null), ("EMPLOYER-PAYMENTS", null), (null, "NorthernIreland"), (null, "Scotland") })
        {
            var filter = Range + (team is null ? "" : $"&team={team}") + (region is null ? "" : $"&region={region}");
            var complaints = InRange(seeded, team, region).ToList();
            var teamTotals = complaints.Count;

            var trends = await teamLeader.Get<TrendsView>($"/api/reports/complaint-trends?{filter}");
            var expectedTrends = complaints.GroupBy(c => (MonthOf(c.View.ReceivedOn), c.Category ?? "Uncategorised"))
                .Select(g => new TrendRowView(g.Key.Item1, g.Key.Item2, g.Count())).OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.IssueCategory, StringComparer.Ordinal);
            Assert.Equal(expectedTrends, trends.Rows);
            Assert.Equal(teamTotals, trends.Rows.Sum(r => r.Count));
            var expectedRepeats = complaints.Where(c => c.Category is not null).GroupBy(c => (c.View.EmployerErn, c.Category!))
                .Where(g => g.Count() > 1 && g.Max(c => c.View.ReceivedOn) <= g.Min(c => c.View.ReceivedOn).AddMonths(6))
                .Select(g => (g.Key.EmployerErn, g.Key.Item2, string.Join(",", g.Select(c => c.View.Reference).Order(StringComparer.Ordinal))));
            Assert.Equal(expectedRepeats, trends.RepeatComplaints.Select(r => (r.EmployerErn, r.IssueCategory, string.Join(",", r.References.Order(StringComparer.Ordinal)))));

            var timeliness = await teamLeader.Get<TimelinessView>($"/api/reports/timeliness?{filter}");
            var expectedTimeliness = complaints.GroupBy(c => (c.View.Owner.Team!, MonthOf(c.View.ReceivedOn)))
                .Select(g => new TimelinessRowView(g.Key.Item1, g.Key.Item2, g.Count(),
                    g.Count(c => c.View.Deadlines.AcknowledgedOn is not null),
                    g.Count(c => c.View.Deadlines.AcknowledgedOn <= c.View.Deadlines.AcknowledgeBy),
                    g.Count(c => c.View.Status == SrStatus.Closed),
                    g.Count(c => c.View.Status == SrStatus.Closed && !c.View.Deadlines.CloseBreached),
                    g.Count(c => c.View.Deadlines.AcknowledgementBreached || c.View.Deadlines.CloseBreached)))
                .OrderBy(r => r.Team, StringComparer.Ordinal).ThenBy(r => r.Month, StringComparer.Ordinal);
            Assert.Equal(expectedTimeliness, timeliness.Rows);

            var outcomes = await teamLeader.Get<OutcomesView>($"/api/reports/outcomes?{filter}");
            foreach (var name in new[] { "Upheld", "PartiallyUpheld", "NotUpheld", "Withdrawn", "Escalated" })
            {
                Assert.Equal(complaints.Count(c => c.View.Outcome == name), outcomes.Outcomes[name]);
            }

            var done = complaints.SelectMany(c => c.View.Plan.Lines).Where(l => l.Status == "Done" && l.Financial is not null).ToList();
            Assert.Equal(done.Where(l => l.Financial!.Kind == "Refund").Sum(l => l.Financial!.Amount), outcomes.RefundTotal);
            Assert.Equal(done.Where(l => l.Financial!.Kind == "Redress").Sum(l => l.Financial!.Amount), outcomes.RedressTotal);
        }

        // The seed reaches the interesting cases, so the comparisons above cannot pass on empty reports.
        var all = await teamLeader.Get<TimelinessView>($"/api/reports/timeliness?{Range}");
        Assert.True(all.Rows.Sum(r => r.Breached) >= 1 && all.Rows.Sum(r => r.ClosedInTime) >= 1 && all.Rows.Sum(r => r.Logged) == 4);
        Assert.Single((await teamLeader.Get<TrendsView>($"/api/reports/complaint-trends?{Range}")).RepeatComplaints);
        var allOutcomes = await teamLeader.Get<OutcomesView>($"/api/reports/outcomes?{Range}");
        Assert.Equal((1, 1, 80.25m), (allOutcomes.Outcomes["Upheld"], allOutcomes.Outcomes["PartiallyUpheld"], allOutcomes.RefundTotal));

        await RPT04_RPT05_work_in_progress_and_every_csv_are_the_same_rows_as_the_json(seeded, teamLeader);
        await RPT05_every_figure_on_every_report_page_links_to_exactly_the_srs_it_counts(seeded, teamLeader);
    }

    /// <summary>Run on the same seed (one database per class), so the counts above stay exact.</summary>
    private static async Task RPT04_RPT05_work_in_progress_and_every_csv_are_the_same_rows_as_the_json(List<SeededComplaint> seeded, HttpClient teamLeader)
    {

        var wip = await teamLeader.Get<WipView>($"/api/reports/work-in-progress?{Range}");
        var open = InRange(seeded).Where(c => c.View.Status != SrStatus.Closed).ToList();
        foreach (var team in open.GroupBy(c => c.View.Owner.Team!))
        {
            var row = Assert.Single(wip.Teams, t => t.Team == team.Key);
            Assert.True(row.Open >= team.Count());
            Assert.Equal(row.Open, row.Ageing.Values.Sum());
        }

        Assert.Equal((string[])["0-5", "6-10", "11-20", "21+"], wip.Teams[0].Ageing.Keys);
        var payments = Assert.Single(wip.Teams, t => t.Team == "EMPLOYER-PAYMENTS");
        // The late complaint's SR was created today (logged today, received in January): age 0, and overdue by its target.
        Assert.True(payments.Ageing["0-5"] >= 1 && payments.Overdue >= 1);

        var csv = await teamLeader.GetStringAsync($"/api/reports/work-in-progress?{Range}&format=csv");
        Assert.Equal(
            (string[])["team,open,overdue,0-5,6-10,11-20,21+", .. wip.Teams.Select(t => $"{t.Team},{t.Open},{t.Overdue},{t.Ageing["0-5"]},{t.Ageing["6-10"]},{t.Ageing["11-20"]},{t.Ageing["21+"]}")],
            csv.TrimEnd().Split("\r\n"));

        var timeliness = await teamLeader.Get<TimelinessView>($"/api/reports/timeliness?{Range}");
        using var timelinessCsv = await teamLeader.GetAsync($"/api/reports/timeliness?{Range}&format=csv");
        Assert.Equal("text/csv", timelinessCsv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            (string[])["team,month,logged,acknowledged,acknowledgedInTime,closed,closedInTime,breached", .. timeliness.Rows.Select(r => $"{r.Team},{r.Month},{r.Logged},{r.Acknowledged},{r.AcknowledgedInTime},{r.Closed},{r.ClosedInTime},{r.Breached}")],
            (await timelinessCsv.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n"));

        var trends = await teamLeader.Get<TrendsView>($"/api/reports/complaint-trends?{Range}");
        Assert.Equal((string[])["month,issueCategory,count", .. trends.Rows.Select(r => $"{r.Month},{r.IssueCategory},{r.Count}")],
            (await teamLeader.GetStringAsync($"/api/reports/complaint-trends?{Range}&format=csv")).TrimEnd().Split("\r\n"));

        var outcomes = await teamLeader.Get<OutcomesView>($"/api/reports/outcomes?{Range}");
        Assert.Equal((string[])["measure,value", .. outcomes.Outcomes.Select(o => $"{o.Key},{o.Value}"),
                $"refundTotal,{outcomes.RefundTotal.ToString(CultureInfo.InvariantCulture)}", $"redressTotal,{outcomes.RedressTotal.ToString(CultureInfo.InvariantCulture)}"],
            (await teamLeader.GetStringAsync($"/api/reports/outcomes?{Range}&format=csv")).TrimEnd().Split("\r\n"));
    }

    [Fact]
    public async Task RPT05_only_a_team_leader_runs_a_report()
    {
        foreach (var report in _reports)
        {
            (await app.Anonymous().GetAsync($"/api/reports/{report}?{Range}")).AssertUnauthorized();
            foreach (var user in new[] { "caseworker", "complaintsreview", "subjectaccess" })
            {
                await (await (await app.LoginAs(user)).GetAsync($"/api/reports/{report}?{Range}")).AssertProblem(HttpStatusCode.Forbidden);
            }
        }
    }

    [Theory]
    [InlineData("", "from")]
    [InlineData("from=2026-03-01", "to")]
    [InlineData("from=2026-03-31&to=2026-03-01", "to")]
    [InlineData("from=2026-02-30&to=2026-03-01", "from")]
    [InlineData("from=01/03/2026&to=2026-03-01", "from")]
    [InlineData("from=2026-01-01&to=2026-03-01&region=Wales", "region")]
    [InlineData("from=2026-01-01&to=2026-03-01&format=xlsx", "format")]
    public async Task RPT05_a_bad_or_missing_date_range_is_400(string query, string field)
    {
        var teamLeader = await app.LoginAs("teamleader");
        foreach (var report in _reports)
        {
            await (await teamLeader.GetAsync($"/api/reports/{report}?{query}")).AssertProblem(HttpStatusCode.BadRequest, field);
        }
    }
}

public sealed class ReportTests_Sqlite(SqliteFactory app) : ReportTests(app), IClassFixture<SqliteFactory>;

public sealed class ReportTests_Postgres(PostgresFactory app) : ReportTests(app), IClassFixture<PostgresFactory>;
