using Microsoft.Extensions.Options;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>Runs <see cref="ComplaintDeadlineJob"/> every few minutes (Casework:Complaints:DeadlineJobMinutes).</summary>
public sealed partial class ComplaintDeadlineScheduler(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ComplaintOptions> options, ILogger<ComplaintDeadlineScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleDeadlineJob)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.DeadlineJobMinutes)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ComplaintDeadlineJob>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Complaint deadline run failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
