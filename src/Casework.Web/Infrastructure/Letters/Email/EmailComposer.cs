using System.Text;
using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Templates;

namespace Casework.Web.Infrastructure.Letters.Email;

/// <summary>
/// Turns a filled-in e-mail template into a message from the designated inbox with the template's fixed
/// subject line (SEC-07). The body is plain text: salutation, each block (under its heading), sign-off.
/// </summary>
public sealed class EmailComposer(LetterTemplates templates)
{
    public OutgoingEmail Compose(LetterContent content, string recipientReference, string to, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new OutgoingEmail(
            content.Code, recipientReference, templates.FromMailbox, to, templates.Subject(content.Code, content.Language), PlainText(content), date);
    }

    public static string PlainText(LetterContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = new StringBuilder();
        text.Append(content.Salutation).Append("\n\n");
        foreach (var block in content.Body)
        {
            if (block.Heading is { Length: > 0 } heading)
            {
                text.Append(heading).Append('\n');
            }

            text.Append(block.Text).Append("\n\n");
        }

        return text.Append(content.SignOff).Append('\n').ToString();
    }
}
