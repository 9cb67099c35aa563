using System.Net;
using Casework.Web.Tests.Infrastructure;
using static Casework.Web.Tests.AccountManagers.AccountManagerApi;

namespace Casework.Web.Tests.AccountManagers;

/// <summary>AM-02/03: raising a referral SR with its criteria, the team leader's decision, and every refusal.</summary>
public abstract class ReferralTests(CaseworkFactory app)
{
    [Fact]
    public async Task AM02_a_referral_shows_active_deos_complexity_and_recent_complaints()
    {
        var caseworker = await app.LoginAs("caseworker");
        // A large demo employer (the first 20 have 25–120 active DEOs) with a complaint raised today.
        const string ern = "10000005";
        await caseworker.RaiseSr("Resolution", "Complaints", employerErn: ern);

        var response = await caseworker.TryRefer(new { employerErn = ern, kind = "Allocate", reason = "Many DEOs", complex = true, requestedByEmployer = true });
        var referral = await response.Read<ReferralView>(HttpStatusCode.Created);

        Assert.Equal($"/api/account-manager-referrals/{referral.Reference}", response.Headers.Location?.OriginalString);
        Assert.InRange(referral.Criteria.ActiveDeos, 25, 120);
        Assert.Equal((true, 1), (referral.Criteria.Complex, referral.Criteria.RecentComplaints));
        Assert.Equal(("Allocate", "Pending", "Many DEOs"), (referral.Kind, referral.Status, referral.Reason));
        ApiClient.AssertSameJson(referral, await caseworker.Get<ReferralView>($"/api/account-manager-referrals/{referral.Reference}"));
    }

    [Fact]
    public async Task AM02_the_referral_sr_is_the_caseworkers_and_waits_for_team_leader_approval_in_the_team_inbox()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer("Referral Sr Ltd")).Ern;

        var referral = await caseworker.Refer(ern, "Allocate");
        var sr = await caseworker.GetSr(referral.Reference);

        Assert.Equal(("Employer", "Account Manager", "Allocate", "Referral"), (sr.Process, sr.Area, sr.SubArea, sr.Channel));
        Assert.Equal((SrStatus.PendingApproval, "PendingApprovalTL"), (sr.Status, sr.SubStatus));
        Assert.Equal(("100001", "EMPLOYER-PAYMENTS"), (sr.Owner.StaffNumber, sr.Owner.Team));
        Assert.Equal([true, false, false], sr.Activities.Select(a => a.Done));
        Assert.Contains(await (await app.LoginAs("teamleader")).Inbox(team: true), i => i.Reference == referral.Reference);
    }

    [Fact]
    public async Task AM03_a_decision_closes_the_sr_completed_and_is_in_its_audit_trail()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer("Decision Trail Ltd")).Ern;
        var referral = await caseworker.Refer(ern, "Allocate");

        var decided = await (await app.LoginAs("teamleader")).Decide(referral.Reference, true, AlexMorgan, "Over 50 DEOs");
        var sr = await caseworker.GetSr(referral.Reference);
        var audit = await caseworker.Audit(referral.Reference);

        Assert.Equal(new DecisionView(true, "Tom Leadbetter (100010)", "Over 50 DEOs", AlexMorgan, "CMSL8003"), decided.Decision);
        Assert.Equal((SrStatus.Closed, "Completed"), (sr.Status, sr.SubStatus));
        Assert.All(sr.Activities, a => Assert.True(a.Done));
        Assert.Contains(sr.Notes, n => n.Text.Contains("Over 50 DEOs", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "Account manager referral approved");
        Assert.Contains(audit, a => a.Action == "Account team changed" && a.After == $"Account manager {AlexMorgan}");
    }

    [Fact]
    public async Task AM03_a_rejected_referral_changes_nothing_but_the_referral_its_sr_and_letter()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer("Rejected Nothing Changes Ltd")).Ern;
        var before = await caseworker.Employer(ern);
        var referral = await caseworker.Refer(ern, "Allocate", requestedByEmployer: false);

        var decided = await (await app.LoginAs("teamleader")).Decide(referral.Reference, false, AlexMorgan, "Only 3 DEOs");

        Assert.Equal(("Rejected", null), (decided.Status, decided.Decision!.AccountManagerStaffNumber));
        ApiClient.AssertSameJson(before, await caseworker.Employer(ern));
        Assert.Equal("SegmentManager", (await caseworker.Employer(ern)).AccountTeam.Kind);
        var managed = await caseworker.Get<List<ManagedEmployerView>>($"/api/account-managers/{AlexMorgan}/employers");
        Assert.DoesNotContain(managed, e => e.Ern == ern);
    }

    [Fact]
    public async Task AM03_a_caseworker_deciding_is_403_and_changes_nothing()
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer("Caseworker Decides Ltd")).Ern;
        var referral = await caseworker.Refer(ern, "Allocate");
        var sr = await caseworker.Snapshot(referral.Reference);

        await (await caseworker.TryDecide(referral.Reference, new { approve = true, accountManagerStaffNumber = AlexMorgan, reason = "x" }))
            .AssertProblem(HttpStatusCode.Forbidden);

        await caseworker.AssertUnchanged(sr);
        Assert.Equal("Pending", (await caseworker.Get<ReferralView>($"/api/account-manager-referrals/{referral.Reference}")).Status);
    }

    [Fact]
    public async Task AM03_deciding_twice_is_409_and_changes_nothing()
    {
        var (caseworker, teamLeader, referral) = await Pending("Decided Twice Ltd");
        await teamLeader.Decide(referral.Reference, true, AlexMorgan);
        var sr = await caseworker.Snapshot(referral.Reference);

        await (await teamLeader.TryDecide(referral.Reference, new { approve = false, reason = "Again" })).AssertProblem(HttpStatusCode.Conflict);

        await caseworker.AssertUnchanged(sr);
        Assert.Equal(AlexMorgan, (await caseworker.Employer(referral.EmployerErn)).AccountTeam.StaffNumber);
    }

    [Fact]
    public async Task AM03_decision_input_errors_are_400_and_a_non_account_manager_is_422()
    {
        var (caseworker, teamLeader, referral) = await Pending("Bad Decision Ltd");
        var sr = await caseworker.Snapshot(referral.Reference);

        await (await teamLeader.TryDecide(referral.Reference, new { approve = true, accountManagerStaffNumber = AlexMorgan })).AssertProblem(HttpStatusCode.BadRequest, "reason");
        await (await teamLeader.TryDecide(referral.Reference, new { approve = true, reason = "Yes" })).AssertProblem(HttpStatusCode.BadRequest, "accountManagerStaffNumber");
        await (await teamLeader.TryDecide(referral.Reference, new { reason = "Yes" })).AssertProblem(HttpStatusCode.BadRequest, "approve");
        await (await teamLeader.TryDecide(referral.Reference, new { approve = true, accountManagerStaffNumber = "999999", reason = "Yes" }))
            .AssertProblem(HttpStatusCode.BadRequest, "accountManagerStaffNumber");
        await (await teamLeader.TryDecide(referral.Reference, new { approve = true, accountManagerStaffNumber = "100001", reason = "Yes" }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        await caseworker.AssertUnchanged(sr);
        Assert.Equal("SegmentManager", (await caseworker.Employer(referral.EmployerErn)).AccountTeam.Kind);
        Assert.Empty(await caseworker.LettersFor(referral.Reference));
    }

    [Fact]
    public async Task AM02_allocate_for_an_employer_with_a_manager_and_change_or_remove_without_one_are_422()
    {
        var caseworker = await app.LoginAs("caseworker");
        var without = (await caseworker.CreateEmployer("No Manager Yet Ltd")).Ern;
        var with = (await caseworker.CreateEmployer("Has Manager Ltd")).Ern;
        await app.Allocate(with, SamOkafor);
        var srs = await caseworker.EmployerSrCount();

        await (await caseworker.TryRefer(new { employerErn = with, kind = "Allocate", reason = "r" })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await caseworker.TryRefer(new { employerErn = without, kind = "Change", reason = "r" })).AssertProblem(HttpStatusCode.UnprocessableEntity);
        await (await caseworker.TryRefer(new { employerErn = without, kind = "Remove", reason = "r" })).AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(srs, await caseworker.EmployerSrCount());
    }

    [Fact]
    public async Task AM02_bad_referral_input_is_400_with_field_errors()
    {
        var caseworker = await app.LoginAs("caseworker");

        await (await caseworker.TryRefer(new { })).AssertProblem(HttpStatusCode.BadRequest, "employerErn", "kind", "reason");
        await (await caseworker.TryRefer(new { employerErn = ApiClient.DemoErn, kind = "Promote", reason = "r" })).AssertProblem(HttpStatusCode.BadRequest, "kind");
        await (await caseworker.TryRefer(new { employerErn = "99999999", kind = "Allocate", reason = "r" })).AssertProblem(HttpStatusCode.BadRequest, "employerErn");
    }

    [Fact]
    public async Task AM02_401_without_login_403_for_a_team_leader_raising_and_404_for_an_unknown_referral()
    {
        using var anonymous = app.Anonymous();
        (await anonymous.TryRefer(new { employerErn = ApiClient.DemoErn, kind = "Allocate", reason = "r" })).AssertUnauthorized();
        (await anonymous.GetAsync("/api/account-manager-referrals/SR99999999")).AssertUnauthorized();

        var teamLeader = await app.LoginAs("teamleader");
        await (await teamLeader.TryRefer(new { employerErn = ApiClient.DemoErn, kind = "Allocate", reason = "r" })).AssertProblem(HttpStatusCode.Forbidden);
        await (await teamLeader.GetAsync("/api/account-manager-referrals/SR99999999")).AssertProblem(HttpStatusCode.NotFound);
        await (await teamLeader.TryDecide("SR99999999", new { approve = false, reason = "r" })).AssertProblem(HttpStatusCode.NotFound);
    }

    private async Task<(HttpClient Caseworker, HttpClient TeamLeader, ReferralView Referral)> Pending(string name)
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer(name)).Ern;
        return (caseworker, await app.LoginAs("teamleader"), await caseworker.Refer(ern, "Allocate"));
    }
}

internal static class ReferralTestExtensions
{
    /// <summary>Counts SRs through the team inbox of the caseworker: a refused referral raises none.</summary>
    public static async Task<int> EmployerSrCount(this HttpClient http) => (await http.Inbox(team: true)).Count;
}

public sealed class ReferralTests_Sqlite(SqliteFactory app) : ReferralTests(app), IClassFixture<SqliteFactory>;

public sealed class ReferralTests_Postgres(PostgresFactory app) : ReferralTests(app), IClassFixture<PostgresFactory>;
