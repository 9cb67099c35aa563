using System.Net;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Api;

namespace Casework.Web.Tests.EmployerComplaints;

/// <summary>Everything a refused complaint request must leave as it was: the complaint, its SR (with ETag and audit) and its letters.</summary>
public sealed record ComplaintSnapshot(string Reference, string ComplaintJson, SrSnapshot Sr, string LettersJson);

/// <summary>
/// Brings a complaint of a fresh employer (so no earlier complaint changes its stage) to a named state through the API,
/// and checks that a refusal changed nothing.
/// </summary>
public static class ComplaintStates
{
    public static readonly object Redress = new { kind = "Redress", amount = 150.00m, holdToOffset = false, evidence = "Bank charges statement" };

    public static readonly object Refund = new { kind = "Refund", amount = 80.25m, holdToOffset = true };

    public static async Task<string> NewEmployer(this HttpClient http, Region region = Region.EnglandAndWales) =>
        (await http.CreateEmployer($"Complaint test employer {Guid.NewGuid():N}", region)).Ern;

    /// <summary>Resolution, Open: logged, not yet accepted.</summary>
    public static async Task<EmployerComplaintView> Opened(this HttpClient caseworker, string issue = "Deductions taken twice", DateOnly? receivedOn = null) =>
        await caseworker.LogComplaint(await caseworker.NewEmployer(), issue, receivedOn);

    /// <summary>Resolution, In Progress, with no plan lines.</summary>
    public static async Task<EmployerComplaintView> Accepted(this HttpClient caseworker, DateOnly? receivedOn = null)
    {
        var logged = await caseworker.Opened(receivedOn: receivedOn);
        return await caseworker.TryValid(logged.Reference).Ok();
    }

    /// <summary>In Progress with one plan line (with <paramref name="financial"/> when given).</summary>
    public static async Task<(EmployerComplaintView Complaint, PlanLineView Line)> WithLine(this HttpClient caseworker, object? financial = null)
    {
        var accepted = await caseworker.Accepted();
        var line = financial is null
            ? await caseworker.AddLine(accepted.Reference)
            : System.Text.Json.JsonSerializer.Serialize(financial).Contains("\"Refund\"", StringComparison.Ordinal)
                ? await caseworker.AddLine(accepted.Reference, "Refund", "Refund the surplus deductions", financial)
                : await caseworker.AddLine(accepted.Reference, "FinancialRedress", "Pay the employer's bank charges", financial);
        return (await caseworker.GetEc(accepted.Reference), line);
    }

    /// <summary>Pending Approval / Pending Approval TL: the employer rejected the plan on the phone.</summary>
    public static async Task<(EmployerComplaintView Complaint, PlanLineView Line)> PendingApproval(this HttpClient caseworker)
    {
        var (complaint, line) = await caseworker.WithLine();
        await caseworker.TryIssue(complaint.Reference, reachedByPhone: true).Ok();
        return (await caseworker.TryRespond(complaint.Reference, agrees: false, "Wants more").Ok(), line);
    }

    /// <summary>Closed / Completed: agreed by phone, its one line done, closed with CMSL8502.</summary>
    public static async Task<EmployerComplaintView> Closed(this HttpClient caseworker)
    {
        var (complaint, line) = await caseworker.WithLine();
        await caseworker.TryIssue(complaint.Reference, reachedByPhone: true).Ok();
        await caseworker.TryRespond(complaint.Reference, agrees: true, "Agreed").Ok();
        await caseworker.TryLineDone(complaint.Reference, line.Id).Ok();
        return await caseworker.TryClose(complaint.Reference).Ok();
    }

    public static async Task<ComplaintSnapshot> SnapshotComplaint(this HttpClient http, string reference)
    {
        var complaint = await http.GetAsync(EmployerComplaintApi.Ec(reference));
        var json = await complaint.Content.ReadAsStringAsync();
        Assert.True(complaint.StatusCode == HttpStatusCode.OK, json);
        var letters = await http.GetAsync($"/api/letters?serviceRequest={Uri.EscapeDataString(reference)}");
        var lettersJson = await letters.Content.ReadAsStringAsync();
        Assert.True(letters.StatusCode == HttpStatusCode.OK, lettersJson);
        return new ComplaintSnapshot(reference, json, await http.Snapshot(reference), lettersJson);
    }

    /// <summary>API.md: "A refused request changes nothing" — the complaint, its SR, audit trail and letters are as before.</summary>
    public static async Task AssertComplaintUnchanged(this HttpClient http, ComplaintSnapshot before)
    {
        var after = await http.SnapshotComplaint(before.Reference);
        Assert.Equal(before.ComplaintJson, after.ComplaintJson);
        Assert.Equal(before.LettersJson, after.LettersJson);
        Assert.Equal(before.Sr, after.Sr);
    }

    /// <summary>Sends a request that must be refused with <paramref name="status"/> and checks the complaint did not change.</summary>
    public static async Task<ProblemView> AssertRefused(
        this HttpClient http, string reference, Func<Task<HttpResponseMessage>> send, HttpStatusCode status, params string[] fields)
    {
        var before = await http.SnapshotComplaint(reference);
        var problem = await (await send()).AssertProblem(status, fields);
        await http.AssertComplaintUnchanged(before);
        return problem;
    }

    /// <summary>Posts <paramref name="json"/> exactly as written, for bodies a typed client would not send.</summary>
    public static Task<HttpResponseMessage> PostRaw(this HttpClient http, string url, string json) =>
        http.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<string[]> LetterCodes(this HttpClient http, string reference) =>
        [.. (await http.LettersFor(reference)).Select(l => l.Code).Order(StringComparer.Ordinal)];
}
