using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Calls;

/// <summary>SEC-06: no SR can be raised on a call until its security check passes, and then only for the caller checked.</summary>
public abstract class ServiceRequestOnCallTests(CaseworkFactory app)
{
    [Fact]
    public async Task SEC06_an_sr_raised_on_a_passed_call_is_linked_to_the_call()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Passed Call Ltd");
        var call = await http.StartCall("Employer", employer.Ern);
        await http.Answer(call, KnownEmployer.RightAnswer);

        var sr = await (await http.TryRaiseSr(SrOn(call.Id, employer.Ern))).Read<SrView>(HttpStatusCode.Created);

        Assert.Equal([sr.Reference], (await http.GetCall(call.Id)).ServiceRequests);
        Assert.Contains(await http.Audit(sr.Reference), a => a.Action == "Raised on a call" && a.After!.Contains($"Call {call.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SEC06_no_sr_on_a_call_whose_questions_are_unanswered_409()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Unanswered Call Ltd");
        var call = await http.StartCall("Employer", employer.Ern);

        var problem = await (await http.TryRaiseSr(SrOn(call.Id, employer.Ern))).AssertProblem(HttpStatusCode.Conflict);

        Assert.Contains("SEC-06", problem.Detail, StringComparison.Ordinal);
        await AssertNothingRaised(http, employer.Ern, call.Id);
    }

    [Fact]
    public async Task SEC06_no_sr_on_a_call_that_failed_security_409()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Failed Call Ltd");
        var call = await http.StartCall("Employer", employer.Ern);
        await http.Answer(call, _ => "wrong");

        await (await http.TryRaiseSr(SrOn(call.Id, employer.Ern))).AssertProblem(HttpStatusCode.Conflict);

        await AssertNothingRaised(http, employer.Ern, call.Id);
    }

    [Fact]
    public async Task SEC06_a_passed_call_does_not_open_another_employers_account_422()
    {
        var http = await app.LoginAs("caseworker");
        var caller = await http.CreateKnownEmployer("Caller Ltd");
        var other = await http.CreateKnownEmployer("Someone Else Ltd");
        var call = await http.StartCall("Employer", caller.Ern);
        await http.Answer(call, KnownEmployer.RightAnswer);

        await (await http.TryRaiseSr(SrOn(call.Id, other.Ern))).AssertProblem(HttpStatusCode.UnprocessableEntity);

        await AssertNothingRaised(http, other.Ern, call.Id);
    }

    [Fact]
    public async Task SEC06_an_unknown_call_is_400()
    {
        var http = await app.LoginAs("caseworker");
        var before = await app.ServiceRequestCount(ApiClient.DemoErn);

        await (await http.TryRaiseSr(SrOn(987654, ApiClient.DemoErn))).AssertProblem(HttpStatusCode.BadRequest, "callId");

        Assert.Equal(before, await app.ServiceRequestCount(ApiClient.DemoErn));
    }

    private async Task AssertNothingRaised(HttpClient http, string ern, int callId)
    {
        Assert.Equal(0, await app.ServiceRequestCount(ern));
        Assert.Empty((await http.GetCall(callId)).ServiceRequests);
    }

    private static object SrOn(int callId, string ern) => new
    {
        process = "Employer",
        area = "Info Requested",
        subArea = "Send Literature",
        employerErn = ern,
        raisedBy = "Employer",
        channel = "Phone",
        callId,
    };
}

public sealed class ServiceRequestOnCallTests_Sqlite(SqliteFactory app) : ServiceRequestOnCallTests(app), IClassFixture<SqliteFactory>;

public sealed class ServiceRequestOnCallTests_Postgres(PostgresFactory app) : ServiceRequestOnCallTests(app), IClassFixture<PostgresFactory>;
