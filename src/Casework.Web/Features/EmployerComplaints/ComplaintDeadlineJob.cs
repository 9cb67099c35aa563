using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.EmployerComplaints;

public sealed record DeadlineRunDto(bool Ran, int WaitsEnded, int BreachesFlagged);

/// <summary>
/// The hosted job's complaint work (EC-07, EC-08): ends seven-working-day waits that have run out, so the SR comes back
/// to its owner, and raises the acknowledgement and closure breach flags. A database lease keeps a run to one node.
/// Each complaint is saved on its own: one that a caseworker changed at the same moment is skipped and caught next run.
/// </summary>
public sealed partial class ComplaintDeadlineJob(CaseworkDbContext db, TimeProvider time, CaseworkMetrics metrics, ILogger<ComplaintDeadlineJob> logger)
{
    public const string LeaseName = "complaint-deadlines";

    private static readonly Actor _system = new("SYSTEM", "Casework deadline job", string.Empty, new HashSet<string>());

    public async Task<DeadlineRunDto> RunAsync(CancellationToken ct)
    {
        var holder = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        if (await db.JobLeases.Where(l => l.Name == LeaseName && (l.Holder == null || l.ExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, now.AddMinutes(10)), ct) != 1)
        {
            return new DeadlineRunDto(false, 0, 0);
        }

        try
        {
            return await RunHoldingLeaseAsync(ct);
        }
        finally
        {
            await db.JobLeases.Where(l => l.Name == LeaseName && l.Holder == holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null), CancellationToken.None);
        }
    }

    private async Task<DeadlineRunDto> RunHoldingLeaseAsync(CancellationToken ct)
    {
        var references = await db.EmployerComplaints.AsNoTracking()
            .Where(c => c.Stage == ComplaintStage.Resolution && c.ClosedAt == null)
            .Select(c => c.Reference)
            .ToListAsync(ct);
        var today = UkClock.Today(time);
        int waits = 0, breaches = 0;
        foreach (var reference in references)
        {
            db.ChangeTracker.Clear();
            var complaint = await db.EmployerComplaints.FirstAsync(c => c.Reference == reference, ct);
            var sr = await db.ServiceRequests.FirstAsync(s => s.Reference == reference, ct);
            var now = time.GetUtcNow();
            var waited = complaint.EndWaitIfExpired(sr, today, _system, now);
            var flagged = complaint.FlagBreaches(sr.Status == ServiceRequestStatus.Closed, today, _system, now);
            if (!waited && !flagged)
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                waits += waited ? 1 : 0;
                breaches += flagged ? 1 : 0;
            }
            catch (DbUpdateConcurrencyException)
            {
                LogSkipped(logger, reference);
            }
        }

        db.ChangeTracker.Clear();
        metrics.DeadlinesBreached(breaches);
        return new DeadlineRunDto(true, waits, breaches);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint {Reference} changed during the deadline run; it is caught on the next run")]
    private static partial void LogSkipped(ILogger logger, string reference);
}
