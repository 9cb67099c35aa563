using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.AccountManagers;

public sealed record CriteriaView(int ActiveDeos, bool Complex, int RecentComplaints);

public sealed record DecisionView(bool Approved, string By, string Reason, string? AccountManagerStaffNumber, string? LetterCode);

public sealed record ReferralView(string Reference, string EmployerErn, string Kind, string Status, string Reason, CriteriaView Criteria, DecisionView? Decision);

public sealed record ManagedEmployerView(string Ern, string Name);

public sealed record ReassignedView(string FromStaffNumber, string ToStaffNumber, IReadOnlyList<string> EmployerErns);

public sealed record LetterView(int Id, string Code, string Status);

/// <summary>Intent methods for the account manager API (AM-02/03/04) as a client sees it.</summary>
public static class AccountManagerApi
{
    public const string AlexMorgan = "100030";
    public const string SamOkafor = "100031";
    public const string SegmentManager = "100050";

    public static Task<HttpResponseMessage> TryRefer(this HttpClient http, object body) => http.Post("/api/account-manager-referrals", body);

    public static async Task<ReferralView> Refer(
        this HttpClient http, string ern, string kind, bool requestedByEmployer = true, bool discussedByPhone = true, bool forWorkload = false) =>
        await (await http.TryRefer(new { employerErn = ern, kind, reason = $"{kind} for {ern}", requestedByEmployer, discussedByPhone, forWorkload }))
            .Read<ReferralView>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> TryDecide(this HttpClient http, string reference, object body) =>
        http.Post($"/api/account-manager-referrals/{reference}/decision", body);

    public static async Task<ReferralView> Decide(this HttpClient http, string reference, bool approve, string? staffNumber = null, string reason = "Team leader's reason") =>
        await (await http.TryDecide(reference, new { approve, accountManagerStaffNumber = staffNumber, reason })).Read<ReferralView>(HttpStatusCode.OK);

    /// <summary>Raises and approves in one go, as a test's starting point.</summary>
    public static async Task Allocate(this CaseworkFactory app, string ern, string staffNumber)
    {
        var caseworker = await app.LoginAs("caseworker");
        var teamLeader = await app.LoginAs("teamleader");
        var referral = await caseworker.Refer(ern, "Allocate");
        await teamLeader.Decide(referral.Reference, true, staffNumber);
    }

    public static Task<List<LetterView>> LettersFor(this HttpClient http, string reference) =>
        http.Get<List<LetterView>>($"/api/letters?serviceRequest={reference}");

    public static Task<EmployerView> Employer(this HttpClient http, string ern) => http.Get<EmployerView>($"/api/employers/{ern}");
}
