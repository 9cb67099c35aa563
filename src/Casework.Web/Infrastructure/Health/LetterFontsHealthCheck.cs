using Casework.Web.Infrastructure.Letters.Rendering;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casework.Web.Infrastructure.Health;

/// <summary>The letter fonts (OPS-01): shipped with the app, or at least installed on the machine.</summary>
public sealed class LetterFontsHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var found = LiberationFontResolver.Locate(LiberationFontResolver.SearchDirectories);
        var missing = found.Where(f => f.Value is null).Select(f => f.Key + ".ttf").ToList();
        if (missing.Count > 0)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus,
                $"Letters cannot be rendered: {string.Join(", ", missing)} not found in {string.Join(", ", LiberationFontResolver.SearchDirectories)}."));
        }

        var folders = found.Values.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal);
        return Task.FromResult(HealthCheckResult.Healthy($"Liberation Sans from {string.Join(", ", folders)}."));
    }
}
