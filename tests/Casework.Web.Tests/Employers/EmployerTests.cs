using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Employers;

/// <summary>POST/GET /api/employers (P-01) with the account team (AM-01) and search.</summary>
public abstract class EmployerTests(CaseworkFactory app)
{
    private const int DemoEmployers = 360;

    private static readonly Dictionary<string, (object Body, string[] Fields)> _badEmployers = new()
    {
        ["nothing"] = (new { }, ["name", "region"]),
        ["blank name, no region"] = (new { name = "  ", email = "payroll@example.org" }, ["name", "region"]),
        ["unknown region"] = (new { name = "Bad Region Ltd", region = "Wales" }, ["region"]),
        ["bad email"] = (new { name = "Bad Email Ltd", region = "Scotland", email = "not-an-email" }, ["email"]),
        ["pay day 32"] = (new { name = "Bad Pay Day Ltd", region = "Scotland", payDay = 32 }, ["payDay"]),
        ["unknown language"] = (new { name = "Bad Language Ltd", region = "Scotland", preferredLanguage = "French" }, ["preferredLanguage"]),
        ["blank phone"] = (new { name = "Bad Phone Ltd", region = "Scotland", phones = new[] { "0161 496 0000", " " } }, ["phones"]),
        ["name too long"] = (new { name = new string('x', 201), region = "Scotland" }, ["name"]),
    };

    public static TheoryData<string> BadEmployers => [.. _badEmployers.Keys];

    [Fact]
    public async Task P01_creating_an_employer_assigns_a_new_ern_and_it_reads_back_with_its_account_team()
    {
        var http = await app.LoginAs("caseworker");
        var count = await http.EmployerCount();

        var created = await http.CreateEmployer("Quayside Test Traders Ltd", Region.Scotland);
        var read = await http.Get<EmployerView>($"/api/employers/{created.Ern}");

        Assert.Matches("^[0-9]{8}$", created.Ern);
        Assert.True(long.Parse(created.Ern, System.Globalization.CultureInfo.InvariantCulture) > 10_000_360, "a new ERN follows the demo ones");
        ApiClient.AssertSameJson(created, read);
        Assert.Equal("Quayside Test Traders Ltd", read.Name);
        Assert.Equal(Region.Scotland, read.Region);
        Assert.Equal(["0161 496 0000"], read.Phones);
        Assert.Equal(new AccountTeamView("SegmentManager", "100050", "Priya Shah"), read.AccountTeam);
        Assert.Equal(count + 1, await http.EmployerCount());
    }

    [Theory]
    [MemberData(nameof(BadEmployers), MemberType = typeof(EmployerTests))]
    public async Task P01_bad_employer_input_is_400_with_field_errors_and_creates_nothing(string example)
    {
        var http = await app.LoginAs("caseworker");
        var count = await http.EmployerCount();
        var (body, fields) = _badEmployers[example];

        var response = await http.TryCreateEmployer(body);

        await response.AssertProblem(HttpStatusCode.BadRequest, fields);
        Assert.Equal(count, await http.EmployerCount());
    }

    [Fact]
    public async Task P01_a_malformed_body_is_400_problem_with_a_detail()
    {
        var http = await app.LoginAs("caseworker");
        var count = await http.EmployerCount();

        var response = await http.TryCreateEmployer(new { name = 5, region = "Scotland" });

        await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Equal(count, await http.EmployerCount());
    }

    [Fact]
    public async Task P01_a_demo_employer_reads_back_with_its_segment_manager()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.Get<EmployerView>($"/api/employers/{ApiClient.DemoErn}");

        Assert.Equal(ApiClient.DemoErn, employer.Ern);
        Assert.Equal("Northgate Logistics Ltd", employer.Name);
        Assert.Equal(new AccountTeamView("SegmentManager", "100050", "Priya Shah"), employer.AccountTeam);
    }

    [Fact]
    public async Task P01_an_unknown_ern_is_404()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync("/api/employers/99999999")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task P01_search_by_name_ignores_case_and_pages_through_every_match()
    {
        var http = await app.LoginAs("caseworker");
        var pages = new List<EmployerPage>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await http.Get<EmployerPage>($"/api/employers?search=nORTHGATE&page={page}&pageSize=5"));
        }

        Assert.All(pages, p => Assert.Equal(12, p.Total));
        Assert.Equal([5, 5, 2], pages.Select(p => p.Items.Count));
        var all = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(12, all.Select(e => e.Ern).Distinct().Count());
        Assert.All(all, e => Assert.StartsWith("Northgate ", e.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task P01_search_by_ern_finds_exactly_that_employer()
    {
        var http = await app.LoginAs("caseworker");
        var result = await http.Get<EmployerPage>("/api/employers?search=10000360");

        Assert.Equal(1, result.Total);
        Assert.Equal("10000360", Assert.Single(result.Items).Ern);
    }

    [Fact]
    public async Task P01_search_without_a_term_lists_every_employer_and_an_unmatched_term_none()
    {
        var http = await app.LoginAs("caseworker");

        Assert.True(await http.EmployerCount() >= DemoEmployers);
        var none = await http.Get<EmployerPage>("/api/employers?search=no-employer-is-called-this");
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Items);
    }
}

public sealed class EmployerTests_Sqlite(SqliteFactory app) : EmployerTests(app), IClassFixture<SqliteFactory>;

public sealed class EmployerTests_Postgres(PostgresFactory app) : EmployerTests(app), IClassFixture<PostgresFactory>;
