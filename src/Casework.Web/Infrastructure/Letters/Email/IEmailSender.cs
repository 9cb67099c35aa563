namespace Casework.Web.Infrastructure.Letters.Email;

/// <summary>
/// Sends one e-mail now, while the caseworker waits (SEC-07), not through the end-of-day letter batch.
/// Throws <see cref="EmailNotSentException"/> when the message could not be handed over.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken ct);
}

/// <summary>The message could not be handed to the mail server (or written to the outbox folder).</summary>
public sealed class EmailNotSentException : Exception
{
    public EmailNotSentException()
    {
    }

    public EmailNotSentException(string message)
        : base(message)
    {
    }

    public EmailNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
