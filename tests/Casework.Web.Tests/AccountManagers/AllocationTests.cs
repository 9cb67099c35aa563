using System.Net;
using Casework.Web.Tests.Infrastructure;
using static Casework.Web.Tests.AccountManagers.AccountManagerApi;

namespace Casework.Web.Tests.AccountManagers;

/// <summary>003 steps 10–16: an account manager's list of employers and moving it all for leave cover.</summary>
public abstract class AllocationTests(CaseworkFactory app)
{
    [Fact]
    public async Task AM01_an_account_manager_lists_the_employers_they_manage()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer("Listed Employer Ltd")).Ern;
        await app.Allocate(ern, AlexMorgan);

        var managed = await caseworker.Get<List<ManagedEmployerView>>($"/api/account-managers/{AlexMorgan}/employers");

        Assert.Contains(new ManagedEmployerView(ern, "Listed Employer Ltd"), managed);
        await (await caseworker.GetAsync("/api/account-managers/999999/employers")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AM03_bulk_reassignment_moves_every_employer_and_sends_no_letter()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        List<string> erns = [];
        for (var i = 0; i < 3; i++)
        {
            var ern = (await caseworker.CreateEmployer($"Leave Cover {i} Ltd")).Ern;
            await app.Allocate(ern, SamOkafor);
            erns.Add(ern);
        }

        var lettersBefore = (await caseworker.Get<List<LetterView>>("/api/letters")).Count;

        var moved = await (await teamLeader.Post($"/api/account-managers/{SamOkafor}/reassign", new { toStaffNumber = AlexMorgan }))
            .Read<ReassignedView>(HttpStatusCode.OK);

        Assert.Subset(moved.EmployerErns.ToHashSet(), erns.ToHashSet());
        Assert.Equal((SamOkafor, AlexMorgan), (moved.FromStaffNumber, moved.ToStaffNumber));
        Assert.Empty(await caseworker.Get<List<ManagedEmployerView>>($"/api/account-managers/{SamOkafor}/employers"));
        foreach (var ern in erns)
        {
            Assert.Equal(AlexMorgan, (await caseworker.Employer(ern)).AccountTeam.StaffNumber);
        }

        // Leave cover is a workload change: no CMSL8005 (003 step 17).
        Assert.Equal(lettersBefore, (await caseworker.Get<List<LetterView>>("/api/letters")).Count);
    }

    [Fact]
    public async Task AM03_reassignment_is_for_team_leaders_to_an_account_manager()
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var ern = (await caseworker.CreateEmployer("Reassign Refusals Ltd")).Ern;
        await app.Allocate(ern, AlexMorgan);
        var url = $"/api/account-managers/{AlexMorgan}/reassign";

        await (await caseworker.Post(url, new { toStaffNumber = SamOkafor })).AssertProblem(HttpStatusCode.Forbidden);
        await (await teamLeader.Post(url, new { })).AssertProblem(HttpStatusCode.BadRequest, "toStaffNumber");
        await (await teamLeader.Post(url, new { toStaffNumber = "100001" })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await teamLeader.Post(url, new { toStaffNumber = AlexMorgan })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await teamLeader.Post("/api/account-managers/999999/reassign", new { toStaffNumber = SamOkafor })).AssertProblem(HttpStatusCode.NotFound);

        Assert.Equal(AlexMorgan, (await caseworker.Employer(ern)).AccountTeam.StaffNumber);
    }
}

public sealed class AllocationTests_Sqlite(SqliteFactory app) : AllocationTests(app), IClassFixture<SqliteFactory>;

public sealed class AllocationTests_Postgres(PostgresFactory app) : AllocationTests(app), IClassFixture<PostgresFactory>;
