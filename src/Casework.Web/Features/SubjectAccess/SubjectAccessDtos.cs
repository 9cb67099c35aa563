using Casework.Domain.Calendar;
using Casework.Domain.Contact;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>A SAR as the caseworker logs it: the subject's SCIN or ERN, whether it came in writing, and when.</summary>
public sealed record LogSubjectAccessRequestRequest(string? SubjectReference, bool? ReceivedInWriting, DateOnly? ReceivedOn);

/// <param name="CalendarDaysLeft">CAL-01, CON-05: calendar days (not working days) until <paramref name="DueOn"/>; negative once overdue.</param>
public sealed record SubjectAccessRequestDto(
    string Reference,
    string SubjectReference,
    string SubjectKind,
    string SubjectName,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    string DueRule,
    bool FeeApplies,
    Region Region,
    string Team,
    SubjectAccessStatus Status,
    string LoggedBy,
    DateTimeOffset LoggedAt,
    DateTimeOffset? CompletedAt,
    int Version,
    int CalendarDaysLeft);

/// <summary>The ZIP handed to the subject access team: file name and bytes.</summary>
public sealed record SubjectAccessExport(string FileName, byte[] Bytes);
