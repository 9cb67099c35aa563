using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.Employers;
using Casework.Web.Features.ServiceRequests.Steps;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

public sealed record ServiceRequestSummaryDto(
    string Reference, string Process, string Area, string SubArea, ServiceRequestStatus Status, string SubStatus,
    DateTimeOffset CreatedAt, DateOnly TargetDate, string? OwnerName, string OwnerTeam);

/// <summary>
/// Service requests: what the API and pages call. Each step is one file in <c>Steps/</c>, and every change runs through
/// <see cref="ServiceRequestWork"/>: load the SR, refuse a stale version, call one domain method, save, answer.
/// </summary>
public sealed class ServiceRequestHandlers(
    CaseworkDbContext db,
    CurrentActor actors,
    TimeProvider time,
    IWorkingDayCalendar calendar,
    ReferenceNumbers references,
    ServiceRequestRouting routing,
    CaseworkMetrics metrics,
    ILogger<ServiceRequestHandlers> logger)
{
    public const int EmployerPageSize = 25;

    private readonly ServiceRequestWork _work = new(db, actors, time, calendar, references, routing, metrics, logger);

    public async Task<IReadOnlyList<ServiceRequestTypeDto>> TypesAsync(CancellationToken ct) =>
        await db.ServiceRequestTypes.AsNoTracking()
            .OrderBy(t => t.Process).ThenBy(t => t.Area).ThenBy(t => t.SubArea)
            .Select(t => new ServiceRequestTypeDto(t.Process, t.Area, t.SubArea, t.EmployerOnly, t.TargetWorkingDays, t.PartyKinds, t.ChangeOfCircumstances != null))
            .ToListAsync(ct);

    public async Task<Result<ServiceRequestDto>> GetAsync(string reference, CancellationToken ct)
    {
        var sr = await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, ct);
        return sr is null ? ServiceRequestWork.Missing(reference) : await _work.View.ToDtoAsync(sr, await actors.RequireAsync(ct), ct);
    }

    public async Task<Result<IReadOnlyList<AuditEntryDto>>> AuditAsync(string reference, CancellationToken ct)
    {
        if (!await db.ServiceRequests.AnyAsync(s => s.Reference == reference, ct))
        {
            return ServiceRequestWork.Missing(reference);
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Subject == reference).OrderBy(a => a.Id)
            .Select(a => new AuditEntryDto(a.At, a.By, a.Action, a.Before, a.After)).ToListAsync(ct);
        return entries;
    }

    /// <summary>One page of the employer's service requests, newest first, with the total (SR-10).</summary>
    public async Task<PagedDto<ServiceRequestSummaryDto>> ForEmployerAsync(string ern, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var srs = db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes().Where(s => s.EmployerErn == ern);
        var total = await srs.CountAsync(ct);
        var items = total == 0 ? [] : await srs
            .OrderByDescending(s => s.Id)
            .Skip((page - 1) * EmployerPageSize).Take(EmployerPageSize)
            .Select(s => new ServiceRequestSummaryDto(
                s.Reference, s.Process, s.Area, s.SubArea, s.Status, s.SubStatus, s.CreatedAt, s.TargetDate, s.OwnerName, s.OwnerTeamCode))
            .ToListAsync(ct);
        return new PagedDto<ServiceRequestSummaryDto>(items, total, page, EmployerPageSize);
    }

    public Task<Result<ServiceRequestDto>> RaiseAsync(RaiseServiceRequestRequest r, CancellationToken ct) => Raise.RunAsync(_work, r, ct);

    public Task<Result<ServiceRequestDto>> AddNoteAsync(string reference, AddNoteRequest request, CancellationToken ct) =>
        AddNote.RunAsync(_work, reference, request, ct);

    public Task<Result<ServiceRequestDto>> CompleteActivityAsync(string reference, int activity, int? version, CancellationToken ct) =>
        CompleteActivity.RunAsync(_work, reference, activity, version, ct);

    public Task<Result<ServiceRequestDto>> ChangeStatusAsync(string reference, ChangeStatusRequest request, CancellationToken ct) =>
        ChangeStatus.RunAsync(_work, reference, request, ct);

    public Task<Result<ServiceRequestDto>> AssignAsync(string reference, AssignRequest request, CancellationToken ct) =>
        Assign.RunAsync(_work, reference, request, ct);

    public Task<Result<ServiceRequestDto>> TakeOwnershipAsync(string reference, int? version, CancellationToken ct) =>
        TakeOwnership.RunAsync(_work, reference, version, ct);

    public Task<Result<ServiceRequestDto>> SetAssignmentLockAsync(string reference, AssignmentLockRequest request, CancellationToken ct) =>
        SetAssignmentLock.RunAsync(_work, reference, request, ct);

    internal static NotAllowedInState Stale(ServiceRequest sr) => ServiceRequestWork.Stale(sr);
}
