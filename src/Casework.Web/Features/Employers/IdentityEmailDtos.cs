using Casework.Domain.Common;

namespace Casework.Web.Features.Employers;

/// <summary>POST /api/employers/{ern}/identity-email; no address means the employer's e-mail on record.</summary>
public sealed record SendIdentityEmailRequest(string? Email);

/// <summary>The identity e-mail as sent and recorded (a Sent letter with code IDEMAIL).</summary>
public sealed record IdentityEmailSentDto(int Id, string Code, string SentTo, DateTimeOffset SentAt, string Subject);

/// <summary>The mail server would not take the e-mail, so nothing was sent or recorded (HTTP 502).</summary>
public sealed record EmailNotSent(string Reason) : Refusal(Reason);
