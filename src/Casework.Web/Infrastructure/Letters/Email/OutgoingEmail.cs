using MimeKit;

namespace Casework.Web.Infrastructure.Letters.Email;

/// <summary>A plain-text e-mail ready to send: template code and recipient reference are for the outbox manifest.</summary>
public sealed record OutgoingEmail(
    string Code,
    string RecipientReference,
    string From,
    string To,
    string Subject,
    string TextBody,
    DateTimeOffset Date)
{
    /// <summary>The RFC 5322 message: subject and body exactly as given, UTF-8 plain text.</summary>
    public MimeMessage ToMime()
    {
        var message = new MimeMessage
        {
            Subject = Subject,
            Date = Date,
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = TextBody },
        };
        message.From.Add(MailboxAddress.Parse(From));
        message.To.Add(MailboxAddress.Parse(To));
        return message;
    }
}
