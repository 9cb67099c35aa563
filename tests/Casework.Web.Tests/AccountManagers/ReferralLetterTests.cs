using Casework.Web.Tests.Infrastructure;
using static Casework.Web.Tests.AccountManagers.AccountManagerApi;

namespace Casework.Web.Tests.AccountManagers;

/// <summary>AM-04: each letter rule of procedure 003, checked through GET /api/letters?serviceRequest=….</summary>
public abstract class ReferralLetterTests(CaseworkFactory app)
{
    [Fact]
    public async Task AM04_approved_allocation_sends_CMSL8003_and_the_account_team_shows_the_manager()
    {
        var (caseworker, teamLeader, ern) = await Start("Allocate Approved Ltd");
        var referral = await caseworker.Refer(ern, "Allocate");

        var decided = await teamLeader.Decide(referral.Reference, true, AlexMorgan);

        Assert.Equal(("Approved", "CMSL8003"), (decided.Status, decided.Decision!.LetterCode));
        Assert.Equal(["CMSL8003"], await Codes(caseworker, referral.Reference));
        Assert.Equal(new AccountTeamView("AccountManager", AlexMorgan, "Alex Morgan"), (await caseworker.Employer(ern)).AccountTeam);
    }

    [Fact]
    public async Task AM04_rejected_allocation_requested_and_discussed_by_phone_sends_CMSL8004()
    {
        var (caseworker, teamLeader, ern) = await Start("Allocate Declined Phone Ltd");
        var referral = await caseworker.Refer(ern, "Allocate", requestedByEmployer: true, discussedByPhone: true);

        await teamLeader.Decide(referral.Reference, false);

        Assert.Equal(["CMSL8004"], await Codes(caseworker, referral.Reference));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task AM04_rejected_allocation_not_both_requested_and_discussed_sends_no_letter(bool requested, bool phone)
    {
        var (caseworker, teamLeader, ern) = await Start($"Allocate Declined Quiet {requested} {phone} Ltd");
        var referral = await caseworker.Refer(ern, "Allocate", requestedByEmployer: requested, discussedByPhone: phone);

        await teamLeader.Decide(referral.Reference, false);

        Assert.Empty(await Codes(caseworker, referral.Reference));
    }

    [Fact]
    public async Task AM04_approved_change_sends_CMSL8005()
    {
        var (caseworker, teamLeader, ern) = await Start("Change Approved Ltd", AlexMorgan);
        var referral = await caseworker.Refer(ern, "Change");

        await teamLeader.Decide(referral.Reference, true, SamOkafor);

        Assert.Equal(["CMSL8005"], await Codes(caseworker, referral.Reference));
        Assert.Equal(SamOkafor, (await caseworker.Employer(ern)).AccountTeam.StaffNumber);
    }

    [Fact]
    public async Task AM04_change_for_workload_sends_no_letter()
    {
        var (caseworker, teamLeader, ern) = await Start("Change Workload Ltd", AlexMorgan);
        var referral = await caseworker.Refer(ern, "Change", requestedByEmployer: false, discussedByPhone: false, forWorkload: true);

        await teamLeader.Decide(referral.Reference, true, SamOkafor);

        Assert.Empty(await Codes(caseworker, referral.Reference));
        Assert.Equal(SamOkafor, (await caseworker.Employer(ern)).AccountTeam.StaffNumber);
    }

    [Fact]
    public async Task AM04_rejected_change_the_employer_asked_for_sends_CMSL8006()
    {
        var (caseworker, teamLeader, ern) = await Start("Change Declined Ltd", AlexMorgan);
        var referral = await caseworker.Refer(ern, "Change", requestedByEmployer: true);

        await teamLeader.Decide(referral.Reference, false, reason: "Alex knows your payroll best.");

        Assert.Equal(["CMSL8006"], await Codes(caseworker, referral.Reference));
        Assert.Equal(AlexMorgan, (await caseworker.Employer(ern)).AccountTeam.StaffNumber);
    }

    [Fact]
    public async Task AM04_rejected_change_the_employer_did_not_ask_for_sends_no_letter()
    {
        var (caseworker, teamLeader, ern) = await Start("Change Declined Internal Ltd", AlexMorgan);
        var referral = await caseworker.Refer(ern, "Change", requestedByEmployer: false);

        await teamLeader.Decide(referral.Reference, false);

        Assert.Empty(await Codes(caseworker, referral.Reference));
    }

    [Fact]
    public async Task AM04_approved_removal_sends_CMSL8007_and_the_account_goes_back_to_the_segment_manager()
    {
        var (caseworker, teamLeader, ern) = await Start("Remove Approved Ltd", AlexMorgan);
        var referral = await caseworker.Refer(ern, "Remove");

        await teamLeader.Decide(referral.Reference, true);

        Assert.Equal(["CMSL8007"], await Codes(caseworker, referral.Reference));
        Assert.Equal(new AccountTeamView("SegmentManager", SegmentManager, "Priya Shah"), (await caseworker.Employer(ern)).AccountTeam);
    }

    [Fact]
    public async Task AM04_rejected_removal_sends_no_letter()
    {
        var (caseworker, teamLeader, ern) = await Start("Remove Declined Ltd", AlexMorgan);
        var referral = await caseworker.Refer(ern, "Remove");

        await teamLeader.Decide(referral.Reference, false);

        Assert.Empty(await Codes(caseworker, referral.Reference));
        Assert.Equal(AlexMorgan, (await caseworker.Employer(ern)).AccountTeam.StaffNumber);
    }

    private async Task<(HttpClient Caseworker, HttpClient TeamLeader, string Ern)> Start(string name, string? accountManager = null)
    {
        var caseworker = await app.LoginAs("caseworker");
        var ern = (await caseworker.CreateEmployer(name)).Ern;
        if (accountManager is not null)
        {
            await app.Allocate(ern, accountManager);
        }

        return (caseworker, await app.LoginAs("teamleader"), ern);
    }

    private static async Task<List<string>> Codes(HttpClient http, string reference) =>
        [.. (await http.LettersFor(reference)).Select(l => l.Code)];
}

public sealed class ReferralLetterTests_Sqlite(SqliteFactory app) : ReferralLetterTests(app), IClassFixture<SqliteFactory>;

public sealed class ReferralLetterTests_Postgres(PostgresFactory app) : ReferralLetterTests(app), IClassFixture<PostgresFactory>;
