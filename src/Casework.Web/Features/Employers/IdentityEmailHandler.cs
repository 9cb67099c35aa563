using System.Net.Mail;
using System.Text.Json;
using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Letters;
using Casework.Web.Infrastructure.Letters.Email;
using Casework.Web.Infrastructure.Letters.Templates;

namespace Casework.Web.Features.Employers;

/// <summary>
/// SEC-07: while the employer is on the phone, send the fixed identity e-mail from the designated inbox now
/// (not in the end-of-day batch) and record it as a Sent IDEMAIL letter naming the address it went to.
/// A send that fails records nothing; a record whose contact is suppressed (CON-04) gets nothing.
/// </summary>
public sealed partial class IdentityEmailHandler(
    CaseworkDbContext db,
    LetterRecipients recipients,
    LetterTemplates templates,
    EmailComposer composer,
    IEmailSender sender,
    CurrentActor actors,
    TimeProvider time,
    ILogger<IdentityEmailHandler> logger)
{
    public const string Code = "IDEMAIL";

    public const int MaxEmailLength = 254;

    public async Task<Result<IdentityEmailSentDto>> SendAsync(string ern, SendIdentityEmailRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await recipients.ForEmployerAsync(ern, ct);
        if (!found.IsSuccess)
        {
            return found.Refusal!;
        }

        if (found.Value!.SuppressedBecause is { } reason)
        {
            // CON-04: a suppressed record gets no correspondence, e-mail included.
            return new RuleBroken($"No e-mail can go to {found.Value.Name}: contact is suppressed ({reason}).");
        }

        var address = string.IsNullOrWhiteSpace(request.Email) ? found.Value!.Email?.Trim() : request.Email.Trim();
        if (Check(address) is { } invalid)
        {
            return invalid;
        }

        var actor = await actors.RequireAsync(ct);
        var now = time.GetUtcNow();
        // An e-mail has no print format; the record names the address it went to.
        var recipient = found.Value! with { Email = address, Format = LetterFormat.Standard };
        var content = templates.Render(new LetterRequest(
            Code, recipient.Language, [], UkClock.DateOf(now), recipient.Reference,
            new Dictionary<string, string> { ["caseworkerName"] = actor.Name, ["employerName"] = recipient.Name },
            [], null));
        var email = composer.Compose(content, recipient.Reference, address!, now);
        try
        {
            await sender.SendAsync(email, ct);
        }
        catch (EmailNotSentException e)
        {
            LogNotSent(logger, e, ern, actor.StaffNumber);
            return new EmailNotSent(
                $"The identity e-mail to {address} could not be sent: the mail server did not accept it. Nothing was recorded; try again.");
        }

        var sentAt = time.GetUtcNow();
        var letter = new Letter(Code, recipient, null, JsonSerializer.Serialize(content, LetterOutbox.Json), actor.Name, now);
        letter.MarkSent($"immediate:{Guid.NewGuid():N}", sentAt);
        db.Letters.Add(letter);
        // The e-mail has gone: record it even if the caller has given up waiting.
        await db.SaveChangesAsync(CancellationToken.None);
        LogSent(logger, Code, address!, ern, actor.StaffNumber, letter.Id);
        return new IdentityEmailSentDto(letter.Id, Code, address!, sentAt, email.Subject);
    }

    private static InvalidInput? Check(string? address)
    {
        var validation = new Validation()
            .Required("email", address, "Enter the e-mail address to send to: the employer has none on record.")
            .MaxLength("email", address, MaxEmailLength)
            .Email("email", address);
        // A display name or a list ("Payroll <a@b>", "a@b, c@d") is not one bare address.
        if (validation.IsValid && (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address))
        {
            validation.Add("email", "Enter an email address in the correct format, like name@example.com.");
        }

        return validation.IsValid ? null : validation.ToRefusal();
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Identity e-mail {Code} sent to {Address} for employer {Ern} by staff {StaffNumber}; recorded as letter {LetterId}")]
    private static partial void LogSent(ILogger logger, string code, string address, string ern, string staffNumber, int letterId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity e-mail for employer {Ern} by staff {StaffNumber} was not sent")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string ern, string staffNumber);
}
