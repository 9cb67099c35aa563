using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>
/// The one shape of every change to a service request: load it, refuse a stale version, call one domain method, save,
/// answer with the SR as it now stands. A refusal returns before saving, so a refused command changes nothing.
/// </summary>
public sealed class ServiceRequestWork(
    CaseworkDbContext db,
    CurrentActor actors,
    TimeProvider time,
    IWorkingDayCalendar calendar,
    ReferenceNumbers references,
    ServiceRequestRouting routing,
    CaseworkMetrics metrics,
    ILogger logger)
{
    public CaseworkDbContext Db => db;

    public CurrentActor Actors => actors;

    public TimeProvider Time => time;

    public IWorkingDayCalendar Calendar => calendar;

    public ReferenceNumbers References => references;

    public ServiceRequestRouting Routing => routing;

    public CaseworkMetrics Metrics => metrics;

    public ILogger Logger => logger;

    public ServiceRequestView View => new(db);

    public async Task<Result<ServiceRequestDto>> RunAsync(
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
        return await View.ToDtoAsync(sr, actor, ct);
    }

    public static NotAllowedInState Stale(ServiceRequest sr) =>
        new($"Service request {sr.Reference} was changed by someone else (now version {sr.Version}). Reload it and try again.");

    public static NotFound Missing(string reference) => new($"No service request has reference {reference}.");
}
