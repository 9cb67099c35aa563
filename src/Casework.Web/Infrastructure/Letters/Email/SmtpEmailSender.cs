using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Letters.Email;

/// <summary>Hands the e-mail to the configured SMTP server (<c>Casework:Smtp</c>) with MailKit, one connection per message.</summary>
public sealed partial class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    private readonly SmtpOptions _options = options.Value;

    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        using var message = email.ToMime();
        using var client = new SmtpClient { Timeout = _options.TimeoutSeconds * 1000 };
        try
        {
            var security = _options.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(_options.Host!, _options.Port, security, ct);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, ct);
            }

            await client.SendAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new EmailNotSentException($"The mail server {_options.Host}:{_options.Port} did not take the e-mail: {e.Message}", e);
        }

        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The server has already accepted the message; a failed QUIT does not unsend it.
            LogQuitFailed(logger, e, _options.Host!);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail server {Host} accepted an e-mail but the QUIT failed")]
    private static partial void LogQuitFailed(ILogger logger, Exception exception, string host);
}
