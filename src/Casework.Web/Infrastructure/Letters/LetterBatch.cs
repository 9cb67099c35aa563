using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Letters;

public sealed record BatchResult(string BatchId, bool Ran, int Sent, int StillQueued);

/// <summary>
/// The end-of-day batch (COR-02): renders and delivers every queued letter, marking each Sent exactly once.
/// Only the holder of the database lease runs, so two app nodes never send the same letter; a runner killed
/// mid-batch leaves its letters queued (or delivered but unrecorded, which delivery detects) for the next run.
/// </summary>
public sealed partial class LetterBatch(
    CaseworkDbContext db,
    LetterRecipients recipients,
    LetterDocuments documents,
    ILetterDeliveryTarget delivery,
    TimeProvider time,
    IOptions<LettersOptions> options,
    CaseworkMetrics metrics,
    ILogger<LetterBatch> logger)
{
    public const string LeaseName = "letter-batch";

    public async Task<BatchResult> RunAsync(CancellationToken ct)
    {
        var batchId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        if (!await TryTakeLeaseAsync(batchId, ct))
        {
            LogLeaseHeld(logger);
            return new BatchResult(batchId, false, 0, await db.Letters.CountAsync(l => l.Status == LetterStatus.Queued, ct));
        }

        var started = time.GetTimestamp();
        var sent = 0;
        var failed = 0;
        try
        {
            var lastId = 0;
            while (true)
            {
                var next = await db.Letters.Where(l => l.Status == LetterStatus.Queued && l.Id > lastId)
                    .OrderBy(l => l.Id).Take(50).ToListAsync(ct);
                if (next.Count == 0)
                {
                    break;
                }

                foreach (var candidate in next)
                {
                    lastId = candidate.Id;
                    if (documents.CannotRenderBecause(candidate) is { } notYet)
                    {
                        // OPS-01: left queued, not failed, so it goes out in the first batch after liblouis is installed.
                        LogCannotRender(logger, candidate.Id, notYet);
                        continue;
                    }

                    if (!await RenewLeaseAsync(batchId, ct))
                    {
                        throw new InvalidOperationException("The letter batch lost its lease; another runner has taken over.");
                    }

                    // COR-02: pick the letter up atomically; from here on it can no longer be cancelled.
                    // A letter cancelled since it was read fails the claim and is left alone.
                    var letter = await ClaimAsync(candidate, batchId, ct);
                    if (letter is null)
                    {
                        continue;
                    }

                    var recipient = await recipients.ForAsync(letter.RecipientKind, letter.RecipientReference, ct);
                    if (recipient.Refusal is NotAllowedInState gone)
                    {
                        // P-05: a representative removed after queueing no longer acts for the client.
                        letter.WithdrawForRemovedRecipient(gone.Reason, time.GetUtcNow());
                        await db.SaveChangesAsync(ct);
                        continue;
                    }

                    if (recipient.Value?.SuppressedBecause is { } reason)
                    {
                        // CON-04: suppression set after queueing still stops the letter.
                        letter.Withdraw(reason, time.GetUtcNow());
                        await db.SaveChangesAsync(ct);
                        continue;
                    }

                    LetterDocument document;
                    try
                    {
                        document = documents.Render(letter, ct);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // One letter that cannot be rendered must not hold up the rest: it is let go (still queued,
                        // cancellable again) and logged, and the batch moves on.
                        LogRenderFailed(logger, e, letter.Id);
                        await db.Letters.Where(l => l.Id == letter.Id && l.BatchId == batchId)
                            .ExecuteUpdateAsync(s => s.SetProperty(l => l.BatchId, (string?)null).SetProperty(l => l.Version, l => l.Version + 1), ct);
                        failed++;
                        continue;
                    }

                    await delivery.DeliverAsync(letter, document, ct);
                    letter.MarkSent(batchId, time.GetUtcNow());
                    await db.SaveChangesAsync(ct);
                    metrics.LetterSent(letter);
                    sent++;
                }

                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            await db.JobLeases.Where(l => l.Name == LeaseName && l.Holder == batchId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null), CancellationToken.None);
        }

        metrics.LetterBatchRan(time.GetElapsedTime(started), sent);
        LogBatchDone(logger, batchId, sent, failed);
        return new BatchResult(batchId, true, sent, await db.Letters.CountAsync(l => l.Status == LetterStatus.Queued, ct));
    }

    private async Task<Letter?> ClaimAsync(Letter candidate, string batchId, CancellationToken ct)
    {
        var claimed = await db.Letters
            .Where(l => l.Id == candidate.Id && l.Status == LetterStatus.Queued && l.Version == candidate.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.BatchId, batchId).SetProperty(l => l.Version, l => l.Version + 1), ct);
        db.Entry(candidate).State = EntityState.Detached;
        return claimed == 1 ? await db.Letters.FirstAsync(l => l.Id == candidate.Id, ct) : null;
    }

    private async Task<bool> TryTakeLeaseAsync(string holder, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        // One conditional UPDATE: on PostgreSQL the row lock makes a second runner re-check and find the lease taken.
        return await db.JobLeases.Where(l => l.Name == LeaseName && (l.Holder == null || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct) == 1;
    }

    private async Task<bool> RenewLeaseAsync(string holder, CancellationToken ct)
    {
        var until = time.GetUtcNow().AddSeconds(options.Value.LeaseSeconds);
        return await db.JobLeases.Where(l => l.Name == LeaseName && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, until), ct) == 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Letter batch skipped: another runner holds the lease")]
    private static partial void LogLeaseHeld(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Letter {LetterId} stays queued: {Reason}")]
    private static partial void LogCannotRender(ILogger logger, int letterId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Letter batch {BatchId} sent {Sent} letters; {Failed} could not be rendered")]
    private static partial void LogBatchDone(ILogger logger, string batchId, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Letter {LetterId} could not be rendered; left queued and the batch goes on")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, int letterId);
}
