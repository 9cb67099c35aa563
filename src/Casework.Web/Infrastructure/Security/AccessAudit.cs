using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure.Security;

/// <summary>One row of "who looked at this subject".</summary>
public sealed record AccessLogView(DateTimeOffset At, string By, string ByName, string What, string Item, string Route);

/// <summary>
/// SEC-09: records each view of personal data in the append-only access log, in the handlers the pages and the API
/// share, so both are recorded the same way; and lists who looked at a subject for the subject access team and team
/// leaders (client page, SAR export).
/// </summary>
public sealed class AccessAudit(CaseworkDbContext db, CurrentActor actors, IHttpContextAccessor http, TimeProvider time)
{
    public async Task RecordAsync(string what, string subject, string item, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var request = http.HttpContext?.Request;
        var route = request is null ? "(no request)" : $"{request.Method} {request.Path}";
        db.AccessLog.Add(new AccessLogEntry
        {
            At = time.GetUtcNow(),
            By = actor?.StaffNumber ?? http.HttpContext?.User.Identity?.Name ?? "(unknown)",
            ByName = actor?.Name ?? string.Empty,
            What = what,
            Subject = subject,
            Item = item,
            Route = route.Length > 400 ? route[..400] : route,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who looked at <paramref name="subject"/>, newest first.</summary>
    public async Task<IReadOnlyList<AccessLogView>> ForSubjectAsync(string subject, CancellationToken ct) =>
        await db.AccessLog.AsNoTracking().Where(a => a.Subject == subject).OrderByDescending(a => a.Id)
            .Select(a => new AccessLogView(a.At, a.By, a.ByName, a.What, a.Item, a.Route))
            .ToListAsync(ct);
}
