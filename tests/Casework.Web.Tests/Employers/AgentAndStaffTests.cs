using System.Globalization;
using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Employers;

/// <summary>POST/GET /api/agents (P-02) and GET /api/staff (P-06).</summary>
public abstract class AgentAndStaffTests(CaseworkFactory app)
{
    [Fact]
    public async Task P02_creating_an_agent_assigns_a_new_earn_and_it_reads_back()
    {
        var http = await app.LoginAs("caseworker");

        var created = await CreateAgent(http, "Test Payroll Partners");
        var read = await http.Get<AgentView>($"/api/agents/{created.Earn}");

        Assert.Matches("^[0-9]{8}$", created.Earn);
        Assert.True(Earn(created) > 90_000_040, "a new EARN follows the demo ones");
        ApiClient.AssertSameJson(created, read);
        Assert.Equal(("Test Payroll Partners", "2 Dock Road", "L3 1AA", "0151 496 0000", "agent@example.org"),
            (read.Name, read.AddressLine1, read.Postcode, read.Phone, read.Email));
        Assert.Empty(read.EmployerErns);
    }

    [Fact]
    public async Task P02_a_demo_agent_reads_back_with_its_linked_employers()
    {
        var http = await app.LoginAs("caseworker");
        var agent = await http.Get<AgentView>($"/api/agents/{ApiClient.DemoEarn}");

        Assert.Equal(["10000001", "10000002", "10000003"], agent.EmployerErns);
    }

    [Fact]
    public async Task P02_bad_agent_input_is_400_with_field_errors_and_uses_no_earn()
    {
        var http = await app.LoginAs("caseworker");
        var first = await CreateAgent(http, "Before Refusals Bureau");

        await (await http.Post("/api/agents", new { })).AssertProblem(HttpStatusCode.BadRequest, "name", "addressLine1", "postcode");
        await (await http.Post("/api/agents", new { name = "Bad Email Bureau", addressLine1 = "1 Road", postcode = "M1 1AA", email = "bureau-at-example" }))
            .AssertProblem(HttpStatusCode.BadRequest, "email");
        await (await http.Post("/api/agents", new { name = "Long Postcode Bureau", addressLine1 = "1 Road", postcode = "M1 1AA 1AA 1AA" }))
            .AssertProblem(HttpStatusCode.BadRequest, "postcode");
        var next = await CreateAgent(http, "After Refusals Bureau");

        // Nothing was created in between: the refused requests took no EARN.
        Assert.Equal(Earn(first) + 1, Earn(next));
    }

    [Fact]
    public async Task P02_an_unknown_earn_is_404()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync("/api/agents/99999999")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task P06_staff_by_role_lists_the_account_managers_with_team_and_roles()
    {
        var http = await app.LoginAs("caseworker");
        var staff = await http.Get<List<StaffView>>("/api/staff?role=AccountManager");

        Assert.Equal(["100030", "100031"], staff.Select(s => s.StaffNumber).Order(StringComparer.Ordinal));
        var alex = staff.Single(s => s.StaffNumber == "100030");
        Assert.Equal(("Alex Morgan", "EMPLOYER-PAYMENTS"), (alex.Name, alex.Team));
        Assert.Contains("AccountManager", alex.Roles);
    }

    [Theory]
    [InlineData("Caseworker", 5)]
    [InlineData("TeamLeader", 1)]
    [InlineData("EscalatedComplaints", 1)]
    [InlineData("AccountManager", 2)]
    [InlineData("SubjectAccess", 1)]
    public async Task P06_staff_by_role_lists_only_holders_of_that_role(string role, int expected)
    {
        var http = await app.LoginAs("caseworker");
        var staff = await http.Get<List<StaffView>>($"/api/staff?role={role}");

        Assert.Equal(expected, staff.Count);
        Assert.All(staff, s => Assert.Contains(role, s.Roles));
    }

    [Fact]
    public async Task P06_staff_without_a_role_lists_every_member_of_staff()
    {
        var http = await app.LoginAs("caseworker");
        var staff = await http.Get<List<StaffView>>("/api/staff");

        Assert.Equal(8, staff.Count);
        Assert.Equal(["TeamLeader"], staff.Single(s => s.StaffNumber == "100010").Roles);
    }

    [Fact]
    public async Task P06_an_unknown_role_is_400_naming_the_role_field()
    {
        var http = await app.LoginAs("caseworker");
        var response = await http.GetAsync("/api/staff?role=Wizard");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Read<ProblemView>(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.Errors!["role"]);
    }

    [Fact]
    public async Task P06_an_unknown_role_is_a_full_problem_with_a_detail()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.GetAsync("/api/staff?role=Wizard")).AssertProblem(HttpStatusCode.BadRequest, "role");
    }

    private static async Task<AgentView> CreateAgent(HttpClient http, string name)
    {
        var response = await http.Post("/api/agents", new
        {
            name, addressLine1 = "2 Dock Road", postcode = "L3 1AA", phone = "0151 496 0000", email = "agent@example.org",
        });
        var agent = await response.Read<AgentView>(HttpStatusCode.Created);
        Assert.Equal($"/api/agents/{agent.Earn}", response.Headers.Location?.OriginalString);
        return agent;
    }

    private static long Earn(AgentView agent) => long.Parse(agent.Earn, CultureInfo.InvariantCulture);
}

public sealed class AgentAndStaffTests_Sqlite(SqliteFactory app) : AgentAndStaffTests(app), IClassFixture<SqliteFactory>;

public sealed class AgentAndStaffTests_Postgres(PostgresFactory app) : AgentAndStaffTests(app), IClassFixture<PostgresFactory>;
