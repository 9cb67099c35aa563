using Casework.Domain.Parties;

namespace Casework.Web.Features.DeoNotices;

/// <summary>POST /api/employers/{ern}/deo-notices/reissue (COR-07). Reason is one of <see cref="Cmsl2040ReissueReason"/>'s names.</summary>
public sealed record ReissueDeoNoticeRequest(int? DeoId, string? Reason, string? ServiceRequest);

/// <summary>The queued CMSL2040 and the note that says why, saved together.</summary>
public sealed record DeoNoticeReissuedDto(int LetterId, int NoteId);

public sealed record EmployerNoteDto(int Id, string EmployerErn, string Text, string By, string ByStaffNumber, DateTimeOffset At);

/// <summary>An active DEO as the re-issue page offers it.</summary>
public sealed record ActiveDeoDto(int Id, string PayingParentName, string PayingParentNino, decimal Amount, DeoSchedule Schedule);
