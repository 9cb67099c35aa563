using System.Net;
using Casework.Web.Tests.ComplaintOutcomes;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Compliments;

/// <summary>OUT-06: compliments recorded against a client or a member of staff, with what they were about; every refusal saves nothing.</summary>
public abstract class ComplimentTests(CaseworkFactory app)
{
    [Fact]
    public async Task OUT06_a_compliment_against_staff_refers_to_them_by_first_name_site_team_and_extension()
    {
        var caseworker = await app.LoginAs("caseworker");

        var compliment = await caseworker.ComplimentStaff("100010", "Sorted out a missed payment", "The employer said Tom was very patient.");

        Assert.Equal(("Staff", null, new StaffReferenceView("100010", "Tom", "Bootle", "Employer payments", "4102")),
            (compliment.Against, compliment.ClientScin, compliment.Staff));
        Assert.Equal(("Sorted out a missed payment", "The employer said Tom was very patient.", new DateOnly(2026, 3, 2), "Carys Evans (100001)"),
            (compliment.Subject, compliment.Details, compliment.ReceivedOn, compliment.RecordedBy));
        ApiClient.AssertSameJson(compliment, await caseworker.Get<ComplimentView>($"{ComplimentApi.Compliments}/{compliment.Id}"));
    }

    [Fact]
    public async Task OUT06_compliments_are_listed_by_staff_member_client_or_what_they_were_about_newest_first()
    {
        var leader = await app.LoginAs("teamleader");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var older = await leader.ComplimentStaff("100002", $"{marker} clear explanation", receivedOn: "2026-02-20");
        var newer = await leader.ComplimentStaff("100002", $"{marker} quick call back");
        var client = await leader.ComplimentClient("SC7654321", $"{marker} CLEAR letters");

        Assert.Equal([newer.Id, older.Id], (await leader.ListCompliments("?staffNumber=100002")).Where(c => c.Subject.StartsWith(marker, StringComparison.Ordinal)).Select(c => c.Id));
        Assert.Equal([client.Id], (await leader.ListCompliments("?clientScin=SC7654321")).Select(c => c.Id));
        Assert.Equal([client.Id, older.Id], (await leader.ListCompliments($"?subject={marker}%20Clear")).Select(c => c.Id));
        Assert.Equal([older.Id], (await leader.ListCompliments($"?subject={marker}%20clear&staffNumber=100002")).Select(c => c.Id));
        Assert.Empty(await leader.ListCompliments("?staffNumber=100040"));
    }

    public static TheoryData<object, string> BadCompliments => new()
    {
        { new { staffNumber = "100002", subject = "Helpful", receivedOn = "2026-03-02" }, "against" },
        { new { against = "Team", staffNumber = "100002", subject = "Helpful", receivedOn = "2026-03-02" }, "against" },
        { new { against = "Staff", subject = "Helpful", receivedOn = "2026-03-02" }, "staffNumber" },
        { new { against = "Client", subject = "Helpful", receivedOn = "2026-03-02" }, "clientScin" },
        { new { against = "Client", clientScin = "SC1", staffNumber = "100002", subject = "Helpful", receivedOn = "2026-03-02" }, "staffNumber" },
        { new { against = "Staff", staffNumber = "100002", subject = " ", receivedOn = "2026-03-02" }, "subject" },
        { new { against = "Staff", staffNumber = "100002", subject = new string('s', 201), receivedOn = "2026-03-02" }, "subject" },
        { new { against = "Staff", staffNumber = "100002", subject = "Helpful" }, "receivedOn" },
        { new { against = "Staff", staffNumber = "100002", subject = "Helpful", receivedOn = "2026-03-03" }, "receivedOn" },
        { new { against = "Staff", staffNumber = "100002", subject = "Helpful", receivedOn = "2 March" }, "body" },
    };

    [Theory]
    [MemberData(nameof(BadCompliments))]
    public async Task OUT06_a_compliment_with_missing_or_wrong_details_is_400_and_nothing_is_saved(object body, string field)
    {
        var caseworker = await app.LoginAs("caseworker");
        var before = (await caseworker.ListCompliments()).Count;

        await (await caseworker.TryRecordCompliment(body)).AssertProblem(HttpStatusCode.BadRequest, field);

        Assert.Equal(before, (await caseworker.ListCompliments()).Count);
    }

    [Fact]
    public async Task OUT06_without_a_login_is_401_with_the_wrong_role_403_an_unknown_member_of_staff_404_and_nothing_is_saved()
    {
        var caseworker = await app.LoginAs("caseworker");
        var before = (await caseworker.ListCompliments()).Count;
        var body = new { against = "Staff", staffNumber = "100002", subject = "Helpful", receivedOn = "2026-03-02" };

        (await app.Anonymous().TryRecordCompliment(body)).AssertUnauthorized();
        (await app.Anonymous().GetAsync(ComplimentApi.Compliments)).AssertUnauthorized();
        await (await (await app.LoginAs("subjectaccess")).TryRecordCompliment(body)).AssertProblem(HttpStatusCode.Forbidden);
        await (await caseworker.TryRecordCompliment(body with { staffNumber = "999999" })).AssertProblem(HttpStatusCode.NotFound);
        await (await caseworker.GetAsync($"{ComplimentApi.Compliments}/999999")).AssertProblem(HttpStatusCode.NotFound);

        Assert.Equal(before, (await caseworker.ListCompliments()).Count);
    }
}

public sealed class ComplimentTests_Sqlite(SqliteFactory app) : ComplimentTests(app), IClassFixture<SqliteFactory>;

public sealed class ComplimentTests_Postgres(PostgresFactory app) : ComplimentTests(app), IClassFixture<PostgresFactory>;
