using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using Microsoft.Extensions.Time.Testing;

namespace Casework.Domain.Tests.EmployerComplaints;

/// <summary>
/// An employer complaint and its SR, raised from the seeded catalogue as the log handler does, with a fake clock.
/// The intent methods drive it along procedure 000 and fail the test if a step is refused.
/// </summary>
public sealed class ComplaintCase
{
    public const string Reference = "SR-0000042";

    /// <summary>Monday 14 April 2025: Good Friday and Easter Monday fall in the first week of its deadlines.</summary>
    public static readonly DateOnly MondayBeforeEaster = new(2025, 4, 14);

    public static readonly UkWorkingDayCalendar WorkingDays = new();

    private readonly FakeTimeProvider _time;

    private ComplaintCase(ServiceRequest sr, EmployerComplaint complaint, FakeTimeProvider time)
    {
        Sr = sr;
        Complaint = complaint;
        _time = time;
    }

    public ServiceRequest Sr { get; }

    public EmployerComplaint Complaint { get; }

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>The UK date of <see cref="Now"/>: the clock reads 10:00 UTC, the same date in GMT and BST.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static ServiceRequestType TypeFor(ComplaintStage stage) =>
        CatalogueFile.Entries.Single(e => e.Combination == ("Employer", "Complaints", stage.ToString())).ToType();

    public static LogComplaint Request(
        ComplaintStage stage = ComplaintStage.Resolution, Region region = Region.EnglandAndWales, DateOnly? receivedOn = null,
        string issue = "Deduction taken twice", string description = "The March deduction was taken twice.") =>
        new(Reference, ServiceRequestBuilder.EmployerErn, region, stage, issue, description, receivedOn ?? MondayBeforeEaster,
            "Letter", "Payment problem");

    /// <summary>Raises the SR the way the log handler does: a Resolution is the logging caseworker's, a Review the escalated team's.</summary>
    public static ServiceRequest RaiseFor(LogComplaint request, Actor by, DateTimeOffset at)
    {
        var owner = request.Stage == ComplaintStage.Review
            ? Owner.ForTeam(Actors.OtherTeam)
            : Owner.ForStaff(by.StaffNumber, by.Name, by.TeamCode);
        var close = ComplaintDeadlines.CloseBy(request.ReceivedOn, request.Region, WorkingDays);
        var raised = ServiceRequest.Raise(
            new RaiseServiceRequest(request.Reference, TypeFor(request.Stage), PartyKind.Employer, request.EmployerErn, null,
                RaisedBy.Employer, Channel.Letter, owner, close, request.Region),
            by, at);
        Assert.True(raised.IsSuccess, raised.Refusal?.Reason);
        return raised.Value!;
    }

    public static DateTimeOffset MorningOf(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    /// <summary>Logs a complaint received on <paramref name="receivedOn"/>, logged that morning by <see cref="Actors.Caseworker"/>.</summary>
    public static ComplaintCase Logged(
        ComplaintStage stage = ComplaintStage.Resolution, Region region = Region.EnglandAndWales, DateOnly? receivedOn = null)
    {
        var request = Request(stage, region, receivedOn);
        var time = new FakeTimeProvider(MorningOf(request.ReceivedOn));
        var sr = RaiseFor(request, Actors.Caseworker, time.GetUtcNow());
        var logged = EmployerComplaint.Log(request, sr, WorkingDays, Actors.Caseworker, time.GetUtcNow());
        Assert.True(logged.IsSuccess, logged.Refusal?.Reason);
        return new ComplaintCase(sr, logged.Value!, time);
    }

    /// <summary>Wraps a complaint logged by the test itself, with a clock at <paramref name="now"/>.</summary>
    public static ComplaintCase Of(ServiceRequest sr, EmployerComplaint complaint, DateTimeOffset now) =>
        new(sr, complaint, new FakeTimeProvider(now));

    public static ComplaintCase InProgress(Region region = Region.EnglandAndWales) => Logged(region: region).Accepted();

    /// <summary>Moves the clock on by whole days, keeping the time of day.</summary>
    public ComplaintCase Later(int days = 0, int minutes = 1)
    {
        _time.Advance(TimeSpan.FromDays(days) + TimeSpan.FromMinutes(minutes));
        return this;
    }

    /// <summary>Moves the clock to the morning of <paramref name="date"/>.</summary>
    public ComplaintCase On(DateOnly date)
    {
        _time.SetUtcNow(MorningOf(date));
        return this;
    }

    public ComplaintCase Accepted() => Ok(Complaint.AcceptAsValid(Sr, Today, Actors.Caseworker, Now));

    public Result<int> TryAddLine(FinancialComponent? financial = null, string type = "Apology", string description = "Apologise for the error") =>
        Complaint.AddLine(Sr, type, description, financial, RedressLimits.Default, Actors.Caseworker, Now);

    public int AddLine(FinancialComponent? financial = null, string type = "Apology", string description = "Apologise for the error")
    {
        var added = TryAddLine(financial, type, description);
        Assert.True(added.IsSuccess, added.Refusal?.Reason);
        return added.Value;
    }

    public ComplaintCase WithLine(FinancialComponent? financial = null, string description = "Apologise for the error")
    {
        AddLine(financial, description: description);
        return this;
    }

    public ComplaintCase WithRedress(decimal amount) => WithLine(Redress(amount), "Pay the employer's costs");

    public Refusal? TryIssue(bool reachedByPhone) => Complaint.IssuePlan(Sr, reachedByPhone, WorkingDays, Today, Actors.Caseworker, Now);

    public ComplaintCase IssuedByPhone() => Ok(TryIssue(reachedByPhone: true));

    public ComplaintCase IssuedByLetter() => Ok(TryIssue(reachedByPhone: false));

    public Refusal? TryRespond(bool agrees, string? note = null) => Complaint.RecordResponse(Sr, agrees, note, Actors.Caseworker, Now);

    public ComplaintCase EmployerAgrees() => Ok(TryRespond(agrees: true, "Happy with the plan"));

    public ComplaintCase EmployerRejects() => Ok(TryRespond(agrees: false, "Wants more"));

    public Refusal? TrySubmit() => Complaint.SubmitForApproval(Sr, Actors.Caseworker, Now);

    public ComplaintCase Submitted() => Ok(TrySubmit());

    public Refusal? TryDecide(bool approve, string? comment = null, IReadOnlyCollection<int>? lines = null, Actor? by = null) =>
        Complaint.Decide(Sr, approve, comment, lines, WorkingDays, by ?? Actors.TeamLeader, Now);

    public ComplaintCase ApprovedByTeamLeader(params int[] lines) => Ok(TryDecide(approve: true, "Agreed", lines));

    public ComplaintCase RejectedByTeamLeader(string comment = "Offer a refund too", params int[] lines) =>
        Ok(TryDecide(approve: false, comment, lines));

    public Refusal? TryLineDone(int number) => Complaint.MarkLineDone(Sr, number, Actors.Caseworker, Now);

    public ComplaintCase LineDone(int number) => Ok(TryLineDone(number));

    public ComplaintCase AllLinesDone()
    {
        foreach (var line in Complaint.ActiveLines.Where(l => l.Status == PlanLineStatus.Open).ToList())
        {
            LineDone(line.Number);
        }

        return this;
    }

    public Refusal? TryClose(ClosureParagraph paragraph = ClosureParagraph.PhoneOutcome, string freeText = "We refunded the deduction.") =>
        Complaint.Close(Sr, paragraph, freeText, Actors.Caseworker, Now);

    public ComplaintCase Closed() => Ok(TryClose());

    public ComplaintSnapshot Snapshot() => ComplaintSnapshot.Of(Complaint, Sr);

    public static FinancialComponent Redress(decimal amount, RedressLimits? limits = null) =>
        Money(FinancialKind.Redress, amount, holdToOffset: false, limits);

    public static FinancialComponent Refund(decimal amount, bool holdToOffset = false) =>
        Money(FinancialKind.Refund, amount, holdToOffset);

    private static FinancialComponent Money(FinancialKind kind, decimal amount, bool holdToOffset, RedressLimits? limits = null)
    {
        var created = FinancialComponent.Create(kind, amount, holdToOffset, "Receipts", limits ?? RedressLimits.Default);
        Assert.True(created.IsSuccess, created.Refusal?.Reason);
        return created.Value!;
    }

    private ComplaintCase Ok(Refusal? refusal)
    {
        Assert.Null(refusal);
        return this;
    }
}
