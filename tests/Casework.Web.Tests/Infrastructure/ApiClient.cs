using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Casework.Web.Tests.Infrastructure;

/// <summary>
/// Intent methods over the HTTP API: sign in as a demo user, raise and read service requests. The
/// happy-path intents assert their own success status; refusal tests use <see cref="Send"/> and
/// <see cref="Problems"/>.
/// </summary>
public static class ApiClient
{
    public const string DemoPassword = "Casework-Demo-1!";

    /// <summary>A demo employer in England and Wales with no account manager.</summary>
    public const string DemoErn = "10000001";

    public const string DemoEarn = "90000001";

    /// <summary>camelCase, enums as PascalCase strings only (a number is a contract break), every field present.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static HttpClient Anonymous(this CaseworkFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client carrying <paramref name="userName"/>'s bearer token (signed in once per factory unless <paramref name="fresh"/>).</summary>
    public static async Task<HttpClient> LoginAs(this CaseworkFactory factory, string userName, bool fresh = false)
    {
        if (fresh || !factory.Tokens.TryGetValue(userName, out var token))
        {
            using var anonymous = factory.Anonymous();
            var response = await anonymous.Login(userName, DemoPassword);
            token = (await response.Read<LoginView>(HttpStatusCode.OK)).AccessToken;
            factory.Tokens[userName] = token;
        }

        return factory.WithToken(token);
    }

    /// <summary>A client presenting <paramref name="token"/> as its bearer token, whatever it is.</summary>
    public static HttpClient WithToken(this CaseworkFactory factory, string token)
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> Login(this HttpClient http, string? userName, string? password) =>
        http.PostAsJsonAsync("/api/auth/login", new { userName, password }, Json);

    public static async Task<HttpResponseMessage> Send(this HttpClient http, HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Post(this HttpClient http, string url, object? body = null, string? ifMatch = null) =>
        http.Send(HttpMethod.Post, url, body, ifMatch);

    public static async Task<T> Read<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json) ?? throw new InvalidOperationException("Empty body.");
    }

    /// <summary>Two reads of the same thing agree field for field, as the API would serialise them.</summary>
    public static void AssertSameJson<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, Json), JsonSerializer.Serialize(actual, Json));

    public static async Task<T> Get<T>(this HttpClient http, string url) =>
        await (await http.GetAsync(url)).Read<T>(HttpStatusCode.OK);

    // Service requests.
    public static Task<HttpResponseMessage> TryRaiseSr(this HttpClient http, object body) => http.Post("/api/service-requests", body);

    public static async Task<SrView> RaiseSr(
        this HttpClient http,
        string subArea = "Send Literature",
        string area = "Info Requested",
        string process = "Employer",
        string? employerErn = DemoErn,
        string? agentEarn = null,
        string raisedBy = "Employer",
        string channel = "Phone")
    {
        var response = await http.TryRaiseSr(new { process, area, subArea, employerErn, agentEarn, raisedBy, channel });
        var sr = await response.Read<SrView>(HttpStatusCode.Created);
        Assert.Equal($"/api/service-requests/{sr.Reference}", response.Headers.Location?.OriginalString);
        return sr;
    }

    public static Task<SrView> GetSr(this HttpClient http, string reference) => http.Get<SrView>(Sr(reference));

    public static Task<List<AuditView>> Audit(this HttpClient http, string reference) => http.Get<List<AuditView>>(Sr(reference, "/audit"));

    /// <summary>The whole inbox, read page by page (SR-11: the total says how many there are, nothing is cut off).</summary>
    public static async Task<List<InboxItemView>> Inbox(this HttpClient http, bool team = false)
    {
        var items = new List<InboxItemView>();
        for (var page = 1; ; page++)
        {
            var read = await http.Get<PageView<InboxItemView>>($"/api/inbox?team={(team ? "true" : "false")}&pageSize=200&page={page}");
            items.AddRange(read.Items);
            if (read.Items.Count == 0 || items.Count >= read.Total)
            {
                Assert.Equal(read.Total, items.Count);
                return items;
            }
        }
    }

    public static async Task<SrView> AddNote(this HttpClient http, string reference, string text) =>
        await (await http.Post(Sr(reference, "/notes"), new { text })).Read<SrView>(HttpStatusCode.Created);

    public static async Task<SrView> CompleteActivity(this HttpClient http, string reference, int id) =>
        await (await http.Post(Sr(reference, $"/activities/{id}/done"))).Read<SrView>(HttpStatusCode.OK);

    public static async Task<SrView> CompleteAllActivities(this HttpClient http, SrView sr)
    {
        foreach (var activity in sr.Activities.Where(a => !a.Done))
        {
            sr = await http.CompleteActivity(sr.Reference, activity.Id);
        }

        return sr;
    }

    public static async Task<SrView> ChangeStatus(this HttpClient http, string reference, SrStatus status, string? subStatus = null, string? reason = null) =>
        await (await http.Post(Sr(reference, "/status"), new { status, subStatus, reason })).Read<SrView>(HttpStatusCode.OK);

    public static async Task<SrView> Assign(this HttpClient http, string reference, string? staffNumber = null, string? teamCode = null) =>
        await (await http.Post(Sr(reference, "/assign"), new { staffNumber, teamCode })).Read<SrView>(HttpStatusCode.OK);

    public static async Task<SrView> TakeOwnership(this HttpClient http, string reference) =>
        await (await http.Post(Sr(reference, "/take-ownership"))).Read<SrView>(HttpStatusCode.OK);

    public static async Task<SrView> LockAssignment(this HttpClient http, string reference, bool locked) =>
        await (await http.Post(Sr(reference, "/assignment-lock"), new { locked })).Read<SrView>(HttpStatusCode.OK);

    public static string Sr(string reference, string rest = "") => $"/api/service-requests/{reference}{rest}";

    /// <summary>Reads everything a refused request must not change.</summary>
    public static async Task<SrSnapshot> Snapshot(this HttpClient http, string reference)
    {
        var response = await http.GetAsync(Sr(reference));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        return new SrSnapshot(reference, json, response.Headers.ETag?.Tag, (await http.Audit(reference)).Count);
    }

    /// <summary>SR as read (status, version, owner, activities, notes, …), ETag and audit count are all as before.</summary>
    public static async Task AssertUnchanged(this HttpClient http, SrSnapshot before)
    {
        var after = await http.Snapshot(before.Reference);
        Assert.Equal(before.Json, after.Json);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(before.AuditCount, after.AuditCount);
    }

    // Employers.
    public static Task<HttpResponseMessage> TryCreateEmployer(this HttpClient http, object body) => http.Post("/api/employers", body);

    public static async Task<EmployerView> CreateEmployer(this HttpClient http, string name, Region region = Region.EnglandAndWales)
    {
        var response = await http.TryCreateEmployer(new
        {
            name,
            region,
            email = "payroll@example.org",
            phones = new[] { "0161 496 0000" },
            payrollAddress = "1 Test Street, Manchester M1 1AA",
        });
        var employer = await response.Read<EmployerView>(HttpStatusCode.Created);
        Assert.Equal($"/api/employers/{employer.Ern}", response.Headers.Location?.OriginalString);
        return employer;
    }

    public static async Task<int> EmployerCount(this HttpClient http) => (await http.Get<EmployerPage>("/api/employers?pageSize=1")).Total;
}
