using System.Net.Sockets;
using Casework.Web.Infrastructure.Letters.Email;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Health;

/// <summary>The configured SMTP server accepts a connection (checked only when <c>Casework:Smtp:Host</c> is set).</summary>
public sealed class SmtpHealthCheck(IOptions<SmtpOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(smtp.Host!, smtp.Port, timeout.Token);
            return HealthCheckResult.Healthy($"{smtp.Host}:{smtp.Port} accepts connections.");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"E-mail cannot be sent: {smtp.Host}:{smtp.Port} did not answer ({e.Message}).");
        }
    }
}
