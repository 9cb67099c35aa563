namespace Casework.Web.Features.SubjectAccess;

public sealed record LogSubjectAccessRequestRequest(string? SubjectReference, DateOnly? ReceivedOn, bool? ReceivedInWriting);

public sealed record SubjectAccessRequestDto(
    string Reference,
    string SubjectReference,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    string DueRule,
    string Region,
    bool FeeApplies,
    string Team,
    string Status,
    DateTimeOffset LoggedAt,
    string LoggedBy,
    DateTimeOffset? CompletedAt);

/// <summary>A file for download: the SAR export ZIP.</summary>
public sealed record ExportFile(byte[] Bytes, string FileName);
