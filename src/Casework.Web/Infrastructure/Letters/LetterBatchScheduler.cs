using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Letters;

/// <summary>
/// The hosted job: once a minute, if the UK time is past the cut-off and today's batch has not finished,
/// run it. The lease in <see cref="LetterBatch"/> keeps it to one node.
/// </summary>
public sealed partial class LetterBatchScheduler(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<LettersOptions> options, ILogger<LetterBatchScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleBatch)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunIfDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    public async Task RunIfDueAsync(CancellationToken ct)
    {
        var nowUk = UkClock.ToUk(time.GetUtcNow());
        var today = DateOnly.FromDateTime(nowUk.DateTime);
        if (TimeOnly.FromDateTime(nowUk.DateTime) < options.Value.CutOff)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        if (await db.JobLeases.AnyAsync(l => l.Name == LetterBatch.LeaseName && l.LastCompletedOn == today, ct))
        {
            return;
        }

        var result = await scope.ServiceProvider.GetRequiredService<LetterBatch>().RunAsync(ct);
        if (result.Ran)
        {
            await db.JobLeases.Where(l => l.Name == LetterBatch.LeaseName)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedOn, today), ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled letter batch failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
