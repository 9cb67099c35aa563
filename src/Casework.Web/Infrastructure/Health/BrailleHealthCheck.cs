using Casework.Web.Infrastructure.Letters.Rendering;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casework.Web.Infrastructure.Health;

/// <summary>liblouis for braille letters (OPS-01): without it the app runs and braille letters wait in the queue.</summary>
public sealed class BrailleHealthCheck(LouisLibrary louis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = louis.Status;
        if (!status.Available)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, status.Description));
        }

        var missing = new[] { BrailleLetterRenderer.EnglishTable, BrailleLetterRenderer.WelshTable }.Where(t => !louis.HasTable(t)).ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy(status.Description)
            : new HealthCheckResult(context.Registration.FailureStatus, $"{status.Description} Table(s) missing: {string.Join(", ", missing)}."));
    }
}
