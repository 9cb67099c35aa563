using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Features.EmployerComplaints.Steps;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.Extensions.Options;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// Employer complaints (procedure 000): what the API and pages call. Each step of the procedure is one file in
/// <c>Steps/</c>, and every command runs through <see cref="ComplaintWork"/>: load the complaint and its SR, call one
/// domain method, queue any letter in the same unit of work, save once, answer with the complaint.
/// </summary>
public sealed class EmployerComplaintHandlers(
    CaseworkDbContext db,
    CurrentActor actors,
    EmployerReads employers,
    TimeProvider time,
    IWorkingDayCalendar calendar,
    ReferenceNumbers references,
    ComplaintCorrespondence letters,
    IOptions<ComplaintOptions> options,
    CaseworkMetrics metrics,
    ILogger<EmployerComplaintHandlers> logger)
{
    public const string Process = "Employer";

    private readonly ComplaintWork _work = new(db, actors, employers, time, calendar, references, letters, options.Value, metrics, logger);

    public async Task<Result<EmployerComplaintDto>> GetAsync(string reference, CancellationToken ct)
    {
        var loaded = await _work.LoadAsync(reference, tracked: false, ct);
        return loaded.IsSuccess ? await _work.View.ToDtoAsync(loaded.Value!, ct) : loaded.Refusal!;
    }

    /// <summary>EC-02: the employer's complaints and the stage a complaint about <paramref name="issue"/> would be logged at.</summary>
    public Task<Result<StageProposalDto>> ProposeAsync(string? ern, string? issue, DateOnly? receivedOn, CancellationToken ct, string? issueCategory = null) =>
        ProposeStage.RunAsync(_work, ern, issue, receivedOn, issueCategory, ct);

    /// <summary>EC-02: the employer's complaints, newest first, as the log page lists them before an issue is entered.</summary>
    public Task<IReadOnlyList<RelatedComplaintDto>> RelatedToAsync(string ern, string? issue, CancellationToken ct, string? issueCategory = null) =>
        ProposeStage.RelatedToAsync(_work, ern, issue, issueCategory, ct);

    public Task<IReadOnlyList<AtRiskDto>> AtRiskAsync(int withinDays, CancellationToken ct) => ComplaintsAtRisk.RunAsync(_work, withinDays, ct);

    public Task<Result<EmployerComplaintDto>> LogAsync(LogComplaintRequest r, CancellationToken ct) => LogComplaint.RunAsync(_work, r, ct);

    public Task<Result<EmployerComplaintDto>> InvalidAsync(string reference, InvalidRequest r, CancellationToken ct) =>
        CloseAsInvalid.RunAsync(_work, reference, r, ct);

    public Task<Result<EmployerComplaintDto>> ValidAsync(string reference, CancellationToken ct) => AcceptAsValid.RunAsync(_work, reference, ct);

    public Task<Result<PlanLineDto>> AddLineAsync(string reference, AddLineRequest r, CancellationToken ct) => AddPlanLine.RunAsync(_work, reference, r, ct);

    public Task<Result<EmployerComplaintDto>> WithdrawLineAsync(string reference, int id, CancellationToken ct) =>
        WithdrawPlanLine.RunAsync(_work, reference, id, ct);

    public Task<Result<EmployerComplaintDto>> IssuePlanAsync(string reference, IssuePlanRequest r, CancellationToken ct) =>
        IssuePlan.RunAsync(_work, reference, r, ct);

    public Task<Result<EmployerComplaintDto>> RespondAsync(string reference, PlanResponseRequest r, CancellationToken ct) =>
        RecordResponse.RunAsync(_work, reference, r, ct);

    public Task<Result<EmployerComplaintDto>> SubmitAsync(string reference, CancellationToken ct) => SubmitForApproval.RunAsync(_work, reference, ct);

    public Task<Result<EmployerComplaintDto>> DecideAsync(string reference, DecisionRequest r, CancellationToken ct) =>
        DecidePlan.RunAsync(_work, reference, r, ct);

    /// <summary>EC-11: the approval page's line-by-line decision — some lines approved, others rejected — in one unit of work.</summary>
    public Task<Result<EmployerComplaintDto>> DecideLinesAsync(
        string reference, IReadOnlyList<int> approve, IReadOnlyList<int> reject, string? comment, CancellationToken ct) =>
        DecidePlan.LinesAsync(_work, reference, approve, reject, comment, ct);

    public Task<Result<EmployerComplaintDto>> LineDoneAsync(string reference, int id, CancellationToken ct) => MarkLineDone.RunAsync(_work, reference, id, ct);

    public Task<Result<EmployerComplaintDto>> CloseAsync(string reference, CloseRequest r, CancellationToken ct) => CloseComplaint.RunAsync(_work, reference, r, ct);
}
