using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>
/// Service requests: load the aggregate, call one domain method, save. Pages and API call these.
/// A refusal returns before saving, so a refused command changes nothing.
/// </summary>
public sealed partial class ServiceRequestHandlers(
    CaseworkDbContext db,
    CurrentActor actors,
    TimeProvider time,
    IWorkingDayCalendar calendar,
    ReferenceNumbers references,
    ServiceRequestRouting routing,
    CaseworkMetrics metrics,
    ILogger<ServiceRequestHandlers> logger)
{
    public async Task<IReadOnlyList<ServiceRequestTypeDto>> TypesAsync(CancellationToken ct) =>
        await db.ServiceRequestTypes.AsNoTracking()
            .OrderBy(t => t.Process).ThenBy(t => t.Area).ThenBy(t => t.SubArea)
            .Select(t => new ServiceRequestTypeDto(t.Process, t.Area, t.SubArea, t.EmployerOnly, t.TargetWorkingDays, t.PartyKinds, t.ChangeOfCircumstances != null))
            .ToListAsync(ct);

    public async Task<Result<ServiceRequestDto>> GetAsync(string reference, CancellationToken ct)
    {
        var sr = await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, ct);
        return sr is null ? Missing(reference) : await ToDtoAsync(sr, await actors.RequireAsync(ct), ct);
    }

    public async Task<Result<IReadOnlyList<AuditEntryDto>>> AuditAsync(string reference, CancellationToken ct)
    {
        if (!await db.ServiceRequests.AnyAsync(s => s.Reference == reference, ct))
        {
            return Missing(reference);
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Subject == reference).OrderBy(a => a.Id)
            .Select(a => new AuditEntryDto(a.At, a.By, a.Action, a.Before, a.After)).ToListAsync(ct);
        return entries;
    }

    /// <summary>A note sent without a version is an append: it is retried on a concurrent change, never refused for one.</summary>
    public Task<Result<ServiceRequestDto>> AddNoteAsync(string reference, AddNoteRequest request, CancellationToken ct)
    {
        Task<Result<ServiceRequestDto>> Add() =>
            ChangeAsync(reference, request.Version, (sr, by, at) => sr.AddNote(request.Text ?? string.Empty, by, at), ct);
        return request.Version is null ? ConcurrencyConflicts.RetryAppendAsync(db, logger, "A note on " + reference, Add, ct) : Add();
    }

    public Task<Result<ServiceRequestDto>> CompleteActivityAsync(string reference, int activity, int? version, CancellationToken ct) =>
        ChangeAsync(reference, version, (sr, by, at) => sr.CompleteActivity(activity, by, at), ct);

    public Task<Result<ServiceRequestDto>> ChangeStatusAsync(string reference, ChangeStatusRequest request, CancellationToken ct)
    {
        var validation = new Validation().Enum<ServiceRequestStatus>("status", request.Status, required: true, "Choose a status");
        if (!validation.IsValid)
        {
            return Task.FromResult<Result<ServiceRequestDto>>(validation.ToRefusal());
        }

        var to = Validation.ParseEnum<ServiceRequestStatus>(request.Status!);
        return ChangeAsync(reference, request.Version, (sr, by, at) => sr.ChangeStatus(to, request.SubStatus, by, at, request.Reason), ct);
    }

    public async Task<Result<ServiceRequestDto>> AssignAsync(string reference, AssignRequest request, CancellationToken ct)
    {
        Owner? owner = null;
        if (!string.IsNullOrWhiteSpace(request.StaffNumber))
        {
            var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.StaffNumber == request.StaffNumber, ct);
            owner = staff is null ? null : Owner.ForStaff(staff.StaffNumber, staff.Name, staff.TeamCode);
        }
        else if (!string.IsNullOrWhiteSpace(request.TeamCode) && await db.Teams.AnyAsync(t => t.Code == request.TeamCode, ct))
        {
            owner = Owner.ForTeam(request.TeamCode);
        }

        if (owner is null)
        {
            return InvalidInput.For(
                string.IsNullOrWhiteSpace(request.TeamCode) ? "staffNumber" : "teamCode",
                "Choose a member of staff or a team that exists.");
        }

        return await ChangeAsync(reference, request.Version, (sr, by, at) => sr.AssignTo(owner, by, at), ct);
    }

    public Task<Result<ServiceRequestDto>> TakeOwnershipAsync(string reference, int? version, CancellationToken ct) =>
        ChangeAsync(reference, version, (sr, by, at) => sr.TakeOwnership(by, at), ct);

    public Task<Result<ServiceRequestDto>> SetAssignmentLockAsync(string reference, AssignmentLockRequest request, CancellationToken ct) =>
        request.Locked is not { } locked
            ? Task.FromResult<Result<ServiceRequestDto>>(InvalidInput.For("locked", "Say whether the assignment is locked (true or false)."))
            : ChangeAsync(reference, request.Version, (sr, by, at) => sr.SetAssignmentLock(locked, by, at), ct);

    private async Task<Result<ServiceRequestDto>> ChangeAsync(
        string reference, int? version, Func<ServiceRequest, Actor, DateTimeOffset, Refusal?> change, CancellationToken ct)
    {
        var sr = await db.ServiceRequests.FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (sr is null)
        {
            return Missing(reference);
        }

        if (version is { } expected && expected != sr.Version)
        {
            return Stale(sr);
        }

        var actor = await actors.RequireAsync(ct);
        if (change(sr, actor, time.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(sr, actor, ct);
    }

    internal static NotAllowedInState Stale(ServiceRequest sr) =>
        new($"Service request {sr.Reference} was changed by someone else (now version {sr.Version}). Reload it and try again.");

    private static NotFound Missing(string reference) => new($"No service request has reference {reference}.");
}
