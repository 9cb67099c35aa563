using System.Net;
using Casework.Domain.Clients;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Calls;

public sealed record QuestionView(string Id, string Prompt);

public sealed record CallStartedView(int Id, IReadOnlyList<QuestionView> Questions);

public sealed record AnswersResultView(bool Passed, string? TransferTo, DateTimeOffset? LockedUntil);

public sealed record CallView(
    int Id,
    string CallerType,
    string Reference,
    string Status,
    IReadOnlyList<QuestionView> Questions,
    string? TransferTo,
    DateTimeOffset? LockedUntil,
    IReadOnlyList<string> ServiceRequests);

/// <summary>A full employer record as the tests create it, so every SEC-01 question has a known right answer.</summary>
public sealed record KnownEmployer(string Ern)
{
    public const string Email = "payroll@kittering-answers.example";
    public const string MainPhone = "0161 496 0000";
    public const string AdditionalPhone = "0161 496 0123";
    public const string Fax = "0161 496 0999";
    public const string ContactName = "Jo Quennell";
    public const string PayrollAddress = "3 Quennell Row, Leeds LS1 4AB";

    /// <summary>Every value on the record, none of which may appear in a response before the check passes (SEC-06).</summary>
    public static IReadOnlyList<string> Values { get; } = [Email, MainPhone, AdditionalPhone, Fax, ContactName, PayrollAddress, "Quennell"];

    public static string RightAnswer(string questionId) => questionId switch
    {
        "AdditionalPhone" => "+44 161 496 0123",
        "Fax" => Fax,
        "Email" => Email.ToUpperInvariant(),
        "ContactName" => "jo quennell",
        "PayDates" => "the 25th and the 20th",
        "VoicemailAuthorisation" => "yes",
        "PayrollAddress" => PayrollAddress,
        _ => throw new ArgumentOutOfRangeException(nameof(questionId), questionId, null),
    };
}

/// <summary>The demo security every demo client and individual representative set up (README), written out here on purpose.</summary>
public static class DemoSecrets
{
    public const string Pin = "4715293";
    public const string Password = "Kittiwake Lighthouse";

    public static IReadOnlyList<string> Answers { get; } =
        ["Ysgol Penrhyncoch", "Trefaldwyn", "Aberystwyth", "Marmaduke", "Studebaker", "Bara brith", "Penglais Road"];

    public static string RightAnswer(string questionId) => questionId switch
    {
        "Password" => "kittiwake lighthouse",
        _ when questionId.StartsWith("Pin", StringComparison.Ordinal) => Pin[int.Parse(questionId[3..], System.Globalization.CultureInfo.InvariantCulture) - 1].ToString(),
        _ when questionId.StartsWith("Question", StringComparison.Ordinal) => Answers[int.Parse(questionId[8..], System.Globalization.CultureInfo.InvariantCulture) - 1],
        _ => throw new ArgumentOutOfRangeException(nameof(questionId), questionId, null),
    };
}

/// <summary>Intent methods for API.md's Calls section.</summary>
public static class CallApi
{
    public static readonly string[] EmployerQuestionIds =
        ["AdditionalPhone", "Fax", "Email", "ContactName", "PayDates", "VoicemailAuthorisation", "PayrollAddress"];

    public static Task<HttpResponseMessage> TryStartCall(this HttpClient http, object body) => http.Post("/api/calls", body);

    public static async Task<CallStartedView> StartCall(this HttpClient http, string callerType, string reference)
    {
        var response = await http.TryStartCall(new { callerType, reference });
        var call = await response.Read<CallStartedView>(HttpStatusCode.Created);
        Assert.Equal($"/api/calls/{call.Id}", response.Headers.Location?.OriginalString);
        return call;
    }

    public static Task<HttpResponseMessage> TryAnswer(this HttpClient http, int id, object body) => http.Post($"/api/calls/{id}/security-answers", body);

    public static async Task<AnswersResultView> Answer(this HttpClient http, CallStartedView call, Func<string, string> answerTo) =>
        await (await http.TryAnswer(call.Id, new { answers = call.Questions.Select(q => new { id = q.Id, answer = answerTo(q.Id) }) }))
            .Read<AnswersResultView>(HttpStatusCode.OK);

    public static Task<CallView> GetCall(this HttpClient http, int id) => http.Get<CallView>($"/api/calls/{id}");

    /// <summary>An employer whose every security field holds a known value.</summary>
    public static async Task<KnownEmployer> CreateKnownEmployer(this HttpClient http, string name)
    {
        var response = await http.TryCreateEmployer(new
        {
            name,
            region = "EnglandAndWales",
            email = KnownEmployer.Email,
            phones = new[] { KnownEmployer.MainPhone, KnownEmployer.AdditionalPhone },
            payrollAddress = KnownEmployer.PayrollAddress,
            fax = KnownEmployer.Fax,
            contactNames = new[] { KnownEmployer.ContactName },
            payDay = 25,
            payrollCutOffDay = 20,
            voicemailAuthorised = true,
        });
        return new KnownEmployer((await response.Read<EmployerView>(HttpStatusCode.Created)).Ern);
    }

    /// <summary>
    /// A client of this test's own, so lockouts in one test leave the others alone. There is no API to set up a
    /// client yet, so it is written through the app's own model and hasher, with the demo security or none.
    /// </summary>
    public static async Task AddClient(this CaseworkFactory app, string scin, ClientRole role, bool withSecurity = true,
        Casework.Domain.Calendar.Region region = Casework.Domain.Calendar.Region.EnglandAndWales)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        var client = new Client(scin, $"Test client {scin}", role, PreferredLanguage.English, region);
        if (withSecurity)
        {
            var hasher = scope.ServiceProvider.GetRequiredService<ICallerSecretHasher>();
            var input = new CallerSecretsInput(DemoSecrets.Pin, DemoSecrets.Password,
                [.. DemoClients.Questions.Select((q, i) => new SecurityQuestionInput(q.Question, DemoSecrets.Answers[i]))]);
            client.SetUpSecurity(CallerSecrets.Create(input, hasher).Value!, new("100001", "Carys Evans", "EMPLOYER-PAYMENTS", new HashSet<string>()), app.Clock.GetUtcNow());
        }

        db.Clients.Add(client);
        await db.SaveChangesAsync();
    }

    public static async Task<int> CallCount(this CaseworkFactory app, string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().Calls.CountAsync(c => c.CallerReference == reference);
    }

    public static async Task<int> ServiceRequestCount(this CaseworkFactory app, string ern)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseworkDbContext>().ServiceRequests.CountAsync(s => s.EmployerErn == ern);
    }
}
