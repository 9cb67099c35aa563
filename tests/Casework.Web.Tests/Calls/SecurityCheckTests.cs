using System.Net;
using Casework.Domain.Clients;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Calls;

/// <summary>SEC-01/02/03/05 through POST /api/calls and /api/calls/{id}/security-answers.</summary>
public abstract class SecurityCheckTests(CaseworkFactory app)
{
    private static async Task<WelshAnswersView> Answers(HttpClient http, CallStartedView call, Func<string, string> answerTo) =>
        await (await http.TryAnswer(call.Id, new { answers = call.Questions.Select(q => new { id = q.Id, answer = answerTo(q.Id) }) }))
            .Read<WelshAnswersView>(HttpStatusCode.OK);

    [Fact]
    public async Task SEC01_an_employer_call_gets_three_different_account_questions_and_nothing_from_the_account()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Question Choice Ltd");

        var response = await http.TryStartCall(new { callerType = "Employer", reference = employer.Ern });
        var body = await response.Content.ReadAsStringAsync();
        var call = await response.Read<CallStartedView>(HttpStatusCode.Created);

        Assert.Equal(3, call.Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(call.Questions, q => Assert.Contains(q.Id, CallApi.EmployerQuestionIds));
        Assert.All(KnownEmployer.Values, value => Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Asked", (await http.GetCall(call.Id)).Status);
    }

    [Fact]
    public async Task SEC01_right_answers_pass_and_the_call_record_keeps_the_result()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Right Answers Ltd");
        var call = await http.StartCall("Employer", employer.Ern);

        var result = await http.Answer(call, KnownEmployer.RightAnswer);

        Assert.Equal(new AnswersResultView(true, null, null), result);
        var record = await http.GetCall(call.Id);
        Assert.Equal(("Employer", employer.Ern, "Passed"), (record.CallerType, record.Reference, record.Status));
        Assert.Equal(call.Questions, record.Questions);
    }

    [Fact]
    public async Task SEC01_one_wrong_answer_fails_and_an_employer_call_stays_with_the_caseworker()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("One Wrong Ltd");
        var call = await http.StartCall("Employer", employer.Ern);
        var wrong = call.Questions[1].Id;

        var result = await http.Answer(call, id => id == wrong ? "not it" : KnownEmployer.RightAnswer(id));

        Assert.Equal(new AnswersResultView(false, null, null), result);
    }

    [Fact]
    public async Task SEC02_an_agent_call_asks_three_of_the_agent_fields()
    {
        var http = await app.LoginAs("caseworker");

        var call = await http.StartCall("Agent", ApiClient.DemoEarn);

        Assert.Equal(3, call.Questions.Count);
        Assert.All(call.Questions, q => Assert.Contains(q.Id, new[] { "Earn", "AddressLine1", "Postcode", "Phone", "Email" }));
    }

    [Fact]
    public async Task SEC03_a_client_call_asks_two_pin_digits_the_password_and_two_of_their_questions()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700100001", ClientRole.PayingParent);

        var response = await http.TryStartCall(new { callerType = "PayingParent", reference = "700100001" });
        var body = await response.Content.ReadAsStringAsync();
        var call = await response.Read<CallStartedView>(HttpStatusCode.Created);

        var ids = call.Questions.Select(q => q.Id).ToList();
        Assert.Equal(2, ids.Count(id => id.StartsWith("Pin", StringComparison.Ordinal)));
        Assert.Equal(1, ids.Count(id => id == "Password"));
        Assert.Equal(2, ids.Count(id => id.StartsWith("Question", StringComparison.Ordinal)));
        Assert.Equal(5, ids.Distinct().Count());
        Assert.All(DemoSecrets.Answers.Append(DemoSecrets.Password).Append(DemoSecrets.Pin),
            secret => Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase));
        Assert.True(await http.Answer(call, DemoSecrets.RightAnswer) is { Passed: true, TransferTo: null });
    }

    [Fact]
    public async Task SEC03_a_failed_client_check_transfers_the_call_to_general_inbound_call_handling()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700100002", ClientRole.ReceivingParent);
        var call = await http.StartCall("ReceivingParent", "700100002");

        var result = await http.Answer(call, id => id.StartsWith("Pin", StringComparison.Ordinal) ? "0" : DemoSecrets.RightAnswer(id));

        Assert.Equal(new AnswersResultView(false, "GeneralInboundCallHandling", null), result);
        Assert.Equal("GeneralInboundCallHandling", (await http.GetCall(call.Id)).TransferTo);
    }

    [Fact]
    public async Task SEC03_a_representative_answers_their_own_security_and_an_employer_representative_its_account()
    {
        var http = await app.LoginAs("caseworker");

        var individual = await http.StartCall("Representative", "55500001");
        var employer = await http.StartCall("Representative", "55500002");

        Assert.Contains(individual.Questions, q => q.Id == "Password");
        Assert.True((await http.Answer(individual, DemoSecrets.RightAnswer)).Passed);
        Assert.All(employer.Questions, q => Assert.Contains(q.Id, CallApi.EmployerQuestionIds));
    }

    [Fact]
    public async Task SEC03_a_paying_parent_scin_called_as_a_receiving_parent_is_not_found()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700100003", ClientRole.PayingParent);

        await (await http.TryStartCall(new { callerType = "ReceivingParent", reference = "700100003" })).AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(0, await app.CallCount("700100003"));
    }

    [Fact]
    public async Task SEC03_a_client_with_no_security_set_up_cannot_be_checked_422()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700100004", ClientRole.PayingParent, withSecurity: false);

        var problem = await (await http.TryStartCall(new { callerType = "PayingParent", reference = "700100004" }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("SEC-03", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await app.CallCount("700100004"));
    }

    [Fact]
    public async Task COR05_a_welsh_speaking_client_who_passes_gets_a_welsh_language_unit_call_back_and_no_one_else_does()
    {
        var http = await app.LoginAs("caseworker");

        var welsh = await Answers(http, await http.StartCall("PayingParent", "700000003"), DemoSecrets.RightAnswer);
        var failedWelsh = await Answers(http, await http.StartCall("PayingParent", "700000003"), _ => "wrong");
        var english = await Answers(http, await http.StartCall("PayingParent", "700000002"), DemoSecrets.RightAnswer);

        Assert.Equal("WELSH-LANGUAGE-UNIT", welsh.WelshCallBack?.Team);
        Assert.Contains("COR-05", welsh.WelshCallBack!.Reason, StringComparison.Ordinal);
        Assert.Null(failedWelsh.WelshCallBack);
        Assert.Null(english.WelshCallBack);
    }

    [Fact]
    public async Task SEC05_three_failed_checks_lock_the_identity_and_the_lock_ends_after_thirty_minutes()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Locked Out Ltd");
        AnswersResultView last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await http.Answer(await http.StartCall("Employer", employer.Ern), _ => "wrong");
        }

        var lockedUntil = app.Clock.GetUtcNow().AddMinutes(30);
        Assert.Equal(new AnswersResultView(false, null, lockedUntil), last);
        var before = await app.CallCount(employer.Ern);
        var refused = await http.TryStartCall(new { callerType = "Employer", reference = employer.Ern });
        var text = await refused.Content.ReadAsStringAsync();
        await refused.AssertProblem(HttpStatusCode.Conflict);
        Assert.Contains("\"lockedUntil\"", text, StringComparison.Ordinal);
        Assert.Equal(before, await app.CallCount(employer.Ern));

        app.TravelTo(lockedUntil.AddSeconds(1));
        http = await app.LoginAs("caseworker");
        Assert.Equal(3, (await http.StartCall("Employer", employer.Ern)).Questions.Count);
    }

    [Fact]
    public async Task SEC05_questions_asked_before_the_lock_cannot_be_answered_while_it_lasts()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Early Questions Ltd");
        var early = await http.StartCall("Employer", employer.Ern);
        for (var i = 0; i < 3; i++)
        {
            await http.Answer(await http.StartCall("Employer", employer.Ern), _ => "wrong");
        }

        await (await http.TryAnswer(early.Id, new { answers = early.Questions.Select(q => new { id = q.Id, answer = KnownEmployer.RightAnswer(q.Id) }) }))
            .AssertProblem(HttpStatusCode.Conflict);

        Assert.Equal("Asked", (await http.GetCall(early.Id)).Status);
    }

    [Fact]
    public async Task SEC05_a_check_is_answered_once_then_a_new_call_is_needed()
    {
        var http = await app.LoginAs("caseworker");
        var employer = await http.CreateKnownEmployer("Answered Once Ltd");
        var call = await http.StartCall("Employer", employer.Ern);
        await http.Answer(call, _ => "wrong");

        await (await http.TryAnswer(call.Id, new { answers = call.Questions.Select(q => new { id = q.Id, answer = KnownEmployer.RightAnswer(q.Id) }) }))
            .AssertProblem(HttpStatusCode.Conflict);

        Assert.Equal("Failed", (await http.GetCall(call.Id)).Status);
    }
}

public sealed record WelshCallBackView(string Team, string Reason);

public sealed record WelshAnswersView(bool Passed, WelshCallBackView? WelshCallBack);

public sealed class SecurityCheckTests_Sqlite(SqliteFactory app) : SecurityCheckTests(app), IClassFixture<SqliteFactory>;

public sealed class SecurityCheckTests_Postgres(PostgresFactory app) : SecurityCheckTests(app), IClassFixture<PostgresFactory>;
