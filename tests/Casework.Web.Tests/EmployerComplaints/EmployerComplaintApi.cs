using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.EmployerComplaints;

public sealed record RelatedComplaintView(string Reference, string Issue, DateOnly ReceivedOn, bool Open, bool SameIssue);

public sealed record FinancialView(string Kind, decimal Amount, bool HoldToOffset, string? Evidence);

public sealed record PlanLineView(
    int Id, string ResolutionType, string Description, string Status, FinancialView? Financial, int AddedInRevision,
    string? TlDecision, string? TlComment, DateTimeOffset? DoneAt, string? DoneBy);

public sealed record PlanRevisionView(int Revision, string Event, string By, DateTimeOffset At, IReadOnlyList<string> Lines);

public sealed record PlanView(
    int Revision, int RevisionCount, IReadOnlyList<PlanLineView> Lines, bool? EmployerAgrees, string? TlApproval,
    bool AwaitsApproval, IReadOnlyList<PlanRevisionView> History);

public sealed record FlagsView(bool IssuePlan, bool PlanAgreed, bool IssueClosureLetter);

public sealed record DeadlinesView(
    DateOnly AcknowledgeBy, string AcknowledgeRule, DateOnly CloseBy, string CloseRule, DateOnly? WaitUntil, string? WaitRule,
    DateOnly? AcknowledgedOn, int DaysLeft, bool AcknowledgementBreached, bool CloseBreached);

public sealed record EmployerComplaintView(
    string Reference, string EmployerErn, string? EmployerName, string Stage, SrStatus Status, string SubStatus, OwnerView Owner,
    bool AssignmentLocked, string Issue, string Description, DateOnly ReceivedOn, string ReferralSource, string? ReferralReason,
    string? ResolutionCode, PlanView Plan, FlagsView Flags, DeadlinesView Deadlines, bool CompensationPaid, string? Outcome,
    IReadOnlyList<RelatedComplaintView> RelatedComplaints, int Version, IReadOnlyList<ComplaintActionView> Actions);

/// <summary>An action the complaint offers now (the domain's actions table), the next step first.</summary>
public sealed record ComplaintActionView(string Step, string Label, string Role, string Rule);

public sealed record DeadlineRunView(bool Ran, int WaitsEnded, int BreachesFlagged);

/// <summary>Intent methods for the Employer complaints section of API.md.</summary>
public static class EmployerComplaintApi
{
    public static string Ec(string reference, string rest = "") => $"/api/employer-complaints/{reference}{rest}";

    public static Task<HttpResponseMessage> TryLog(this HttpClient http, object body) => http.Post("/api/employer-complaints", body);

    public static async Task<EmployerComplaintView> LogComplaint(
        this HttpClient http, string ern = ApiClient.DemoErn, string issue = "Deductions taken twice", DateOnly? receivedOn = null, string channel = "Phone")
    {
        var response = await http.TryLog(new
        {
            employerErn = ern, raisedBy = "Employer", channel, issue, description = "The employer says two deductions were taken in March.",
            receivedOn = receivedOn ?? new DateOnly(2026, 3, 2),
        });
        return await response.Read<EmployerComplaintView>(HttpStatusCode.Created);
    }

    public static Task<EmployerComplaintView> GetEc(this HttpClient http, string reference) => http.Get<EmployerComplaintView>(Ec(reference));

    public static async Task<EmployerComplaintView> Ok(this Task<HttpResponseMessage> response) =>
        await (await response).Read<EmployerComplaintView>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> TryValid(this HttpClient http, string reference) => http.Post(Ec(reference, "/valid"));

    public static Task<HttpResponseMessage> TryInvalid(this HttpClient http, string reference, string? note) => http.Post(Ec(reference, "/invalid"), new { note });

    public static Task<HttpResponseMessage> TryAddLine(this HttpClient http, string reference, object body) => http.Post(Ec(reference, "/plan/lines"), body);

    public static async Task<PlanLineView> AddLine(
        this HttpClient http, string reference, string resolutionType = "CorrectDeductionSchedule", string description = "Refund the second deduction", object? financial = null) =>
        await (await http.TryAddLine(reference, new { resolutionType, description, financial })).Read<PlanLineView>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> TryIssue(this HttpClient http, string reference, bool? reachedByPhone) =>
        http.Post(Ec(reference, "/plan/issue"), new { reachedByPhone });

    public static Task<HttpResponseMessage> TryRespond(this HttpClient http, string reference, bool? agrees, string? note = null) =>
        http.Post(Ec(reference, "/plan/response"), new { agrees, note });

    public static Task<HttpResponseMessage> TrySubmit(this HttpClient http, string reference) => http.Post(Ec(reference, "/plan/submit"));

    public static Task<HttpResponseMessage> TryDecide(this HttpClient http, string reference, bool? approve, string? comment = null, int[]? lineIds = null) =>
        http.Post(Ec(reference, "/plan/decision"), new { approve, comment, lineIds });

    public static Task<HttpResponseMessage> TryLineDone(this HttpClient http, string reference, int id) => http.Post(Ec(reference, $"/plan/lines/{id}/done"));

    public static Task<HttpResponseMessage> TryClose(this HttpClient http, string reference, string? paragraph = "PhoneOutcome", string? freeText = "We refunded the second deduction.") =>
        http.Post(Ec(reference, "/close"), new { paragraph, freeText });

    public static async Task<DeadlineRunView> RunDeadlines(this HttpClient teamLeader) =>
        await (await teamLeader.Post("/api/employer-complaints/deadline-run")).Read<DeadlineRunView>(HttpStatusCode.OK);
}
