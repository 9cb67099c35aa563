using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.ComplaintOutcomes;

public sealed record ComplaintIssueView(int Id, string Category, string Issue, string? Outcome, string? FinalisedBy);

public sealed record StaffReferenceView(string StaffNumber, string FirstName, string Site, string Team, string Extension);

public sealed record InvestigationStepView(int Id, string Heading, string Detail, StaffReferenceView? Staff, string RecordedBy);

public sealed record WrittenResponseView(bool Required, DateOnly? SentOn, string? Summary);

public sealed record FinalisationView(string Summary, string? Feedback, string By);

public sealed record ComplaintView(
    string Reference,
    int Level,
    List<ComplaintIssueView> Issues,
    string? Outcome,
    string? Remedy,
    WrittenResponseView? WrittenResponse,
    List<InvestigationStepView> InvestigationSteps,
    FinalisationView? Finalisation,
    int Version);

public sealed record IssueAddedView(int Id);

public sealed record RemedyView(string Code, string Label);

/// <summary>What a refused request must leave as it was: the complaint as read, and its SR's audit trail.</summary>
public sealed record ComplaintSnapshot(string Reference, string Json, int AuditCount);

/// <summary>Intent methods for the complaint outcome API (OUT-01..05) as a client sees it.</summary>
public static class ComplaintOutcomeApi
{
    /// <summary>Raises an Employer / Complaints SR: Resolution is Level 1, Review Level 2 (API.md).</summary>
    public static async Task<string> RaiseComplaint(this HttpClient http, int level = 1) =>
        (await http.RaiseSr(level == 1 ? "Resolution" : "Review", "Complaints")).Reference;

    public static string Complaint(string reference, string rest = "") => $"/api/complaints/{reference}{rest}";

    public static Task<ComplaintView> GetComplaint(this HttpClient http, string reference) => http.Get<ComplaintView>(Complaint(reference));

    public static Task<HttpResponseMessage> TryAddIssue(this HttpClient http, string reference, object body) =>
        http.Post(Complaint(reference, "/issues"), body);

    public static async Task<int> AddIssue(this HttpClient http, string reference, string category = "Payments", string issue = "Refund was late")
    {
        var response = await http.TryAddIssue(reference, new { category, issue });
        var added = await response.Read<IssueAddedView>(HttpStatusCode.Created);
        Assert.Equal(Complaint(reference), response.Headers.Location?.OriginalString);
        return added.Id;
    }

    public static Task<HttpResponseMessage> TrySetOutcome(this HttpClient http, string reference, int id, object body) =>
        http.Send(HttpMethod.Put, Complaint(reference, $"/issues/{id}/outcome"), body);

    public static async Task<ComplaintView> SetOutcome(this HttpClient http, string reference, int id, string outcome) =>
        await (await http.TrySetOutcome(reference, id, new { outcome })).Read<ComplaintView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> TrySetRemedy(this HttpClient http, string reference, object body) =>
        http.Send(HttpMethod.Put, Complaint(reference, "/remedy"), body);

    public static async Task<ComplaintView> SetRemedy(this HttpClient http, string reference, string remedy) =>
        await (await http.TrySetRemedy(reference, new { remedy })).Read<ComplaintView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> TrySetWrittenResponse(this HttpClient http, string reference, object body, string? ifMatch = null) =>
        http.Send(HttpMethod.Put, Complaint(reference, "/written-response"), body, ifMatch);

    public static async Task<ComplaintView> SetWrittenResponse(this HttpClient http, string reference, bool required, string? sentOn = null, string? summary = null) =>
        await (await http.TrySetWrittenResponse(reference, new { required, sentOn, summary })).Read<ComplaintView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> TryAddStep(this HttpClient http, string reference, object body, string? ifMatch = null) =>
        http.Send(HttpMethod.Post, Complaint(reference, "/investigation-steps"), body, ifMatch);

    public static async Task<int> AddStep(this HttpClient http, string reference, string heading = "Call recording", string detail = "Listened to the call.", string? staffNumber = null)
    {
        var response = await http.TryAddStep(reference, new { heading, detail, staffNumber });
        var added = await response.Read<IssueAddedView>(HttpStatusCode.Created);
        Assert.Equal(Complaint(reference), response.Headers.Location?.OriginalString);
        return added.Id;
    }

    public static Task<HttpResponseMessage> TryFinalise(this HttpClient http, string reference, object body, string? ifMatch = null) =>
        http.Send(HttpMethod.Put, Complaint(reference, "/finalisation"), body, ifMatch);

    public static async Task<ComplaintView> Finalise(this HttpClient http, string reference, string summary, string? feedback = null) =>
        await (await http.TryFinalise(reference, new { summary, feedback })).Read<ComplaintView>(HttpStatusCode.OK);

    /// <summary>A complaint with one issue per outcome given, each finalised in turn.</summary>
    public static async Task<ComplaintView> Finalised(this HttpClient http, string reference, params string[] outcomes)
    {
        var ids = new List<int>();
        foreach (var _ in outcomes)
        {
            ids.Add(await http.AddIssue(reference));
        }

        ComplaintView? view = null;
        foreach (var (id, outcome) in ids.Zip(outcomes))
        {
            view = await http.SetOutcome(reference, id, outcome);
        }

        return view ?? await http.GetComplaint(reference);
    }

    public static async Task<ComplaintSnapshot> ComplaintSnapshot(this HttpClient http, string reference)
    {
        var response = await http.GetAsync(Complaint(reference));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        return new ComplaintSnapshot(reference, json, (await http.Audit(reference)).Count);
    }

    public static async Task AssertUnchanged(this HttpClient http, ComplaintSnapshot before)
    {
        var after = await http.ComplaintSnapshot(before.Reference);
        Assert.Equal(before.Json, after.Json);
        Assert.Equal(before.AuditCount, after.AuditCount);
    }
}
