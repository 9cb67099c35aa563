using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>What a step of the complaint acts on: the complaint, its SR, who acts and when.</summary>
public sealed record ComplaintChange(EmployerComplaint Complaint, ServiceRequest Sr, Actor By, DateTimeOffset At)
{
    public DateOnly Today => ServiceRequests.UkClock.DateOf(At);
}

/// <summary>
/// The one shape of every procedure 000 step: check the input, load the complaint and its SR, call one domain method
/// (and queue any letter in the same unit of work), save once, answer with the complaint as it now stands — so the
/// complaint, its SR, the audit trail and the letter change together or not at all. A refusal returns before saving.
/// </summary>
public sealed class ComplaintWork(
    CaseworkDbContext db,
    CurrentActor actors,
    EmployerReads employers,
    TimeProvider time,
    IWorkingDayCalendar calendar,
    ReferenceNumbers references,
    ComplaintCorrespondence letters,
    ComplaintOptions options,
    CaseworkMetrics metrics,
    ILogger logger)
{
    public CaseworkDbContext Db => db;

    public CurrentActor Actors => actors;

    /// <summary>The employers this request reads, each read once (issue 14).</summary>
    public EmployerReads Employers => employers;

    public TimeProvider Time => time;

    public IWorkingDayCalendar Calendar => calendar;

    public ReferenceNumbers References => references;

    public ComplaintCorrespondence Letters => letters;

    public ComplaintOptions Options => options;

    public CaseworkMetrics Metrics => metrics;

    public ILogger Logger => logger;

    public ComplaintView View { get; } = new(db, employers, time, calendar);

    /// <summary>Runs <paramref name="act"/> when <paramref name="input"/> is valid; otherwise answers its refusal and loads nothing.</summary>
    public Task<Result<EmployerComplaintDto>> RunAsync(
        string reference, Validation input, Func<ComplaintChange, Task<Refusal?>> act, CancellationToken ct) =>
        input.IsValid ? RunAsync(reference, act, ct) : Task.FromResult<Result<EmployerComplaintDto>>(input.ToRefusal());

    public Task<Result<EmployerComplaintDto>> RunAsync(string reference, Func<ComplaintChange, Refusal?> act, CancellationToken ct) =>
        RunAsync(reference, c => Task.FromResult(act(c)), ct);

    public async Task<Result<EmployerComplaintDto>> RunAsync(string reference, Func<ComplaintChange, Task<Refusal?>> act, CancellationToken ct)
    {
        var loaded = await LoadAsync(reference, tracked: true, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Refusal!;
        }

        var (complaint, sr) = loaded.Value;
        if (await act(new ComplaintChange(complaint, sr, await actors.RequireAsync(ct), time.GetUtcNow())) is { } refused)
        {
            // Nothing is saved, so the refused change is lost with this request's unit of work.
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await View.ToDtoAsync(loaded.Value, ct);
    }

    public async Task<Result<(EmployerComplaint Complaint, ServiceRequest Sr)>> LoadAsync(string reference, bool tracked, CancellationToken ct)
    {
        var complaints = tracked ? db.EmployerComplaints : db.EmployerComplaints.AsNoTracking();
        var serviceRequests = tracked ? db.ServiceRequests : db.ServiceRequests.AsNoTracking();
        var complaint = await complaints.FirstOrDefaultAsync(c => c.Reference == reference, ct);
        var sr = complaint is null ? null : await serviceRequests.FirstOrDefaultAsync(s => s.Reference == reference, ct);
        return complaint is null || sr is null
            ? new NotFound($"No employer complaint has reference {reference}.")
            : (complaint, sr);
    }
}
