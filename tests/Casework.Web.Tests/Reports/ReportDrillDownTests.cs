using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;

namespace Casework.Web.Tests.Reports;

/// <summary>RPT-05's drill-down: every figure on a report page links to the SR list, which holds exactly the SRs counted.</summary>
public abstract partial class ReportTests
{
    private const string PageRange = "FromDay=1&FromMonth=12&FromYear=2025&ToDay=31&ToMonth=3&ToYear=2026";

    /// <summary>A linked figure: its text, the column and row it stands in, and the list it opens.</summary>
    private sealed record Figure(string Value, string Column, string Row, string Query);

    [GeneratedRegex("<a class=\"govuk-link\" href=\"/ServiceRequests\\?([^\"]+)\">([0-9.]+)<span class=\"govuk-visually-hidden\"> – ([^,<]+), ([^<]+)</span></a>")]
    private static partial Regex FigureLink();

    private static List<Figure> FiguresIn(string html) =>
        [.. FigureLink().Matches(html).Select(m => new Figure(m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[1].Value))];

    private static async Task<List<string>> ListAsync(HttpClient http, string query)
    {
        var references = new List<string>();
        for (var page = 1; ; page++)
        {
            var found = await http.Get<PageView<SrListItemView>>($"/api/service-requests?{query}&pageSize=200&page={page}");
            references.AddRange(found.Items.Select(i => i.Reference));
            if (references.Count >= found.Total || found.Items.Count == 0)
            {
                Assert.Equal(found.Total, references.Count);
                return references;
            }
        }
    }

    private async Task RPT05_every_figure_on_every_report_page_links_to_exactly_the_srs_it_counts(List<SeededComplaint> seeded, HttpClient teamLeader)
    {
        var page = await PageSession.SignInAsync(app, "teamleader");
        var checkedFigures = 0;
        foreach (var (team, region) in new (string?, string?)[] { (null, null), ("EMPLOYER-PAYMENTS", null), (null, "NorthernIreland"), (null, "Scotland") })
        {
            var filters = PageRange + (team is null ? "" : $"&Team={team}") + (region is null ? "" : $"&Region={region}");
            var complaints = InRange(seeded, team, region).ToList();

            foreach (var f in FiguresIn(await page.GetHtmlAsync($"/Reports/complaint-trends?{filters}")))
            {
                var month = f.Row[..7];
                var category = f.Row[8..];
                var expected = complaints.Where(c => MonthOf(c.View.ReceivedOn) == month && (c.Category ?? "Uncategorised") == category).Select(c => c.View.Reference);
                Assert.Equal(expected.Order(StringComparer.Ordinal), (await ListAsync(teamLeader, f.Query)).Order(StringComparer.Ordinal));
                Assert.Equal(int.Parse(f.Value, CultureInfo.InvariantCulture), expected.Count());
                checkedFigures++;
            }

            foreach (var f in FiguresIn(await page.GetHtmlAsync($"/Reports/timeliness?{filters}")))
            {
                var (rowTeam, month) = (f.Row.Split(' ')[0], f.Row.Split(' ')[1]);
                Func<SeededComplaint, bool> counted = f.Column switch
                {
                    "Logged" => _ => true,
                    "Acknowledged" => c => c.View.Deadlines.AcknowledgedOn is not null,
                    "Acknowledged in time" => c => c.View.Deadlines.AcknowledgedOn <= c.View.Deadlines.AcknowledgeBy,
                    "Closed" => c => c.View.Status == SrStatus.Closed,
                    "Closed in time" => c => c.View.Status == SrStatus.Closed && !c.View.Deadlines.CloseBreached,
                    _ => c => c.View.Deadlines.AcknowledgementBreached || c.View.Deadlines.CloseBreached,
                };
                var expected = complaints.Where(c => c.View.Owner.Team == rowTeam && MonthOf(c.View.ReceivedOn) == month).Where(counted).Select(c => c.View.Reference).ToList();
                Assert.Equal(expected.Order(StringComparer.Ordinal), (await ListAsync(teamLeader, f.Query)).Order(StringComparer.Ordinal));
                Assert.Equal(int.Parse(f.Value, CultureInfo.InvariantCulture), expected.Count);
                checkedFigures++;
            }

            foreach (var f in FiguresIn(await page.GetHtmlAsync($"/Reports/outcomes?{filters}")))
            {
                var done = (SeededComplaint c, string kind) => c.View.Plan.Lines.Any(l => l.Status == "Done" && l.Financial?.Kind == kind);
                var expected = complaints.Where(c => f.Row switch
                {
                    "Refund total (£)" => done(c, "Refund"),
                    "Redress total (£)" => done(c, "Redress"),
                    var outcome => c.View.Outcome is { } o && string.Equals(Regex.Replace(o, "(?<=[a-z])([A-Z])", " $1"), outcome, StringComparison.OrdinalIgnoreCase),
                }).Select(c => c.View.Reference).ToList();
                Assert.NotEmpty(expected);
                Assert.Equal(expected.Order(StringComparer.Ordinal), (await ListAsync(teamLeader, f.Query)).Order(StringComparer.Ordinal));
                if (!f.Row.Contains('£', StringComparison.Ordinal))
                {
                    Assert.Equal(int.Parse(f.Value, CultureInfo.InvariantCulture), expected.Count);
                }

                checkedFigures++;
            }

            // Work in progress counts every open SR (not only the seeded complaints): the list holds as many as the figure,
            // the age bands split the open list exactly, and every seeded open complaint of the team is in it.
            var wipFigures = FiguresIn(await page.GetHtmlAsync($"/Reports/work-in-progress?{filters}"));
            foreach (var teamRow in wipFigures.GroupBy(f => f.Row))
            {
                var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var f in teamRow)
                {
                    lists[f.Column] = await ListAsync(teamLeader, f.Query);
                    Assert.Equal(int.Parse(f.Value, CultureInfo.InvariantCulture), lists[f.Column].Count);
                    checkedFigures++;
                }

                var open = lists["Open"];
                Assert.Equal(open.Order(StringComparer.Ordinal), lists.Where(l => l.Key.StartsWith("Age", StringComparison.Ordinal)).SelectMany(l => l.Value).Order(StringComparer.Ordinal));
                Assert.Subset(open.ToHashSet(), complaints.Where(c => c.View.Owner.Team == teamRow.Key && c.View.Status != SrStatus.Closed).Select(c => c.View.Reference).ToHashSet());
            }
        }

        Assert.True(checkedFigures > 20, $"only {checkedFigures} figures were linked");

        // The page's CSV (cookie session) is the API's CSV for the same dates.
        foreach (var report in _reports)
        {
            Assert.Equal(await teamLeader.GetStringAsync($"/api/reports/{report}?{Range}&format=csv"),
                await page.Http.GetStringAsync($"/Reports/{report}?{PageRange}&handler=Csv"));
        }

        // The list page shows the same SRs as the API for a figure's link.
        var figure = FiguresIn(await page.GetHtmlAsync($"/Reports/timeliness?{PageRange}")).First(f => f.Column == "Logged");
        var listed = await page.GetHtmlAsync($"/ServiceRequests?{figure.Query}");
        Assert.Contains($"{figure.Value} service request", listed, StringComparison.Ordinal);
        Assert.All(await ListAsync(teamLeader, figure.Query), reference => Assert.Contains($"/ServiceRequests/{reference}\"", listed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("age=7-9", "age")]
    [InlineData("status=pending", "status")]
    [InlineData("receivedFrom=2026-03-31&receivedTo=2026-03-01", "receivedTo")]
    [InlineData("createdFrom=31/03/2026", "createdFrom")]
    [InlineData("outcome=Maybe", "outcome")]
    [InlineData("measure=Lost", "measure")]
    [InlineData("team=EMPLOYER-PAYMENTS&search=10000001", "search")]
    public async Task RPT05_a_bad_drill_down_filter_is_400_on_the_api_and_the_list_page(string query, string field)
    {
        var teamLeader = await app.LoginAs("teamleader");
        await (await teamLeader.GetAsync($"/api/service-requests?{query}")).AssertProblem(HttpStatusCode.BadRequest, field);
        if (field != "search")
        {
            var page = await PageSession.SignInAsync(app, "teamleader");
            using var response = await page.Http.GetAsync($"/ServiceRequests?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("These filters cannot be used", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RPT05_the_drill_down_list_needs_a_signed_in_member_of_staff()
    {
        (await app.Anonymous().GetAsync("/api/service-requests?team=EMPLOYER-PAYMENTS")).AssertUnauthorized();
        var found = await (await app.LoginAs("caseworker")).Get<PageView<SrListItemView>>("/api/service-requests?team=NO-SUCH-TEAM");
        Assert.Equal(0, found.Total);
    }
}
