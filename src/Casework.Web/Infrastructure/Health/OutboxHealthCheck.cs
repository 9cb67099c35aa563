using Casework.Web.Infrastructure.Letters;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Health;

/// <summary>The outbox folder the batch drops letters in is writable.</summary>
public sealed class OutboxHealthCheck(IOptions<LettersOptions> options, IHostEnvironment environment) : IHealthCheck
{
    private readonly string _folder = Path.GetFullPath(options.Value.OutboxFolder, environment.ContentRootPath);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(_folder, $".health-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(_folder);
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy($"{_folder} is writable.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Letters cannot be delivered: {_folder} is not writable ({e.Message}).");
        }
    }
}
