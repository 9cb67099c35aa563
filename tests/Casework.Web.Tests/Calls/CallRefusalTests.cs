using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Calls;

/// <summary>API.md error shapes for the Calls routes: each refusal is a problem and changes nothing.</summary>
public abstract class CallRefusalTests(CaseworkFactory app)
{
    [Fact]
    public async Task SEC01_starting_or_answering_a_call_needs_a_login()
    {
        var anonymous = app.Anonymous();

        (await anonymous.TryStartCall(new { callerType = "Employer", reference = ApiClient.DemoErn })).AssertUnauthorized();
        (await anonymous.TryAnswer(1, new { answers = Array.Empty<object>() })).AssertUnauthorized();
    }

    [Fact]
    public async Task SEC01_only_a_caseworker_takes_calls()
    {
        var leader = await app.LoginAs("teamleader");
        var before = await app.CallCount(ApiClient.DemoErn);

        await (await leader.TryStartCall(new { callerType = "Employer", reference = ApiClient.DemoErn })).AssertProblem(HttpStatusCode.Forbidden);

        Assert.Equal(before, await app.CallCount(ApiClient.DemoErn));
    }

    [Theory]
    [InlineData(null, "10000001", "callerType")]
    [InlineData("Neighbour", "10000001", "callerType")]
    [InlineData("Employer", null, "reference")]
    [InlineData("Employer", "  ", "reference")]
    [InlineData("Employer", "123456789012345678901", "reference")]
    public async Task SEC01_a_call_needs_a_known_caller_type_and_a_reference_400(string? callerType, string? reference, string field)
    {
        var http = await app.LoginAs("caseworker");
        await (await http.TryStartCall(new { callerType, reference })).AssertProblem(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("Employer", "99999999")]
    [InlineData("Agent", "99999999")]
    [InlineData("PayingParent", "799999999")]
    [InlineData("Representative", "55599999")]
    public async Task SEC01_an_unknown_reference_is_404_and_records_no_call(string callerType, string reference)
    {
        var http = await app.LoginAs("caseworker");

        await (await http.TryStartCall(new { callerType, reference })).AssertProblem(HttpStatusCode.NotFound);

        Assert.Equal(0, await app.CallCount(reference));
    }

    [Fact]
    public async Task SEC01_answers_to_an_unknown_call_are_404()
    {
        var http = await app.LoginAs("caseworker");
        await (await http.TryAnswer(987654, new { answers = new[] { new { id = "Email", answer = "x" } } })).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SEC01_answers_must_be_a_list_of_asked_questions_400_and_the_check_stays_open()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Bad Answers Ltd");
        var call = await http.StartCall("Employer", employer.Ern);
        var asked = call.Questions[0].Id;
        var notAsked = CallApi.EmployerQuestionIds.First(id => call.Questions.All(q => q.Id != id));

        await (await http.TryAnswer(call.Id, new { })).AssertProblem(HttpStatusCode.BadRequest, "answers");
        await (await http.TryAnswer(call.Id, new { answers = new[] { new { id = notAsked, answer = "x" } } })).AssertProblem(HttpStatusCode.BadRequest, "answers");
        await (await http.TryAnswer(call.Id, new { answers = new[] { new { id = asked, answer = "x" }, new { id = asked, answer = "y" } } }))
            .AssertProblem(HttpStatusCode.BadRequest, "answers");
        await (await http.TryAnswer(call.Id, new { answers = new[] { new { id = asked, answer = new string('x', 201) } } }))
            .AssertProblem(HttpStatusCode.BadRequest, "answers");
        await (await http.TryAnswer(call.Id, new { answers = "yes" })).AssertProblem(HttpStatusCode.BadRequest);

        Assert.Equal("Asked", (await http.GetCall(call.Id)).Status);
        Assert.True((await http.Answer(call, KnownEmployer.RightAnswer)).Passed);
    }

    [Fact]
    public async Task SEC01_answering_needs_the_caseworker_role()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Leader Answers Ltd");
        var call = await http.StartCall("Employer", employer.Ern);

        await (await (await app.LoginAs("teamleader")).TryAnswer(call.Id, new { answers = call.Questions.Select(q => new { id = q.Id, answer = KnownEmployer.RightAnswer(q.Id) }) }))
            .AssertProblem(HttpStatusCode.Forbidden);

        Assert.Equal("Asked", (await http.GetCall(call.Id)).Status);
    }
}

public sealed class CallRefusalTests_Sqlite(SqliteFactory app) : CallRefusalTests(app), IClassFixture<SqliteFactory>;

public sealed class CallRefusalTests_Postgres(PostgresFactory app) : CallRefusalTests(app), IClassFixture<PostgresFactory>;
