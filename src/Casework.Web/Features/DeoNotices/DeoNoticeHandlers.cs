using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.DeoNotices;

/// <summary>
/// COR-07 (procedure 001 "Re-issue CMSL2040"): a re-issue of the DEO notice is requested only for a listed reason; the
/// CMSL2040 is queued with the DEO's facts and the reason's paragraph, and a note on the employer record says why —
/// both in one save, so neither exists without the other.
/// </summary>
public sealed class DeoNoticeHandlers(
    CaseworkDbContext db,
    CurrentActor actors,
    LetterOutbox outbox,
    LetterRecipients recipients)
{
    public static bool MayReissue(Actor actor) => actor.IsIn(StaffRoles.Caseworker) || actor.IsIn(StaffRoles.TeamLeader);

    public async Task<Result<DeoNoticeReissuedDto>> ReissueAsync(string ern, ReissueDeoNoticeRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        if (!await db.Employers.AnyAsync(e => e.Ern == ern, ct))
        {
            return new NotFound($"No employer has ERN {ern}.");
        }

        var validation = new Validation()
            .Enum<Cmsl2040ReissueReason>(
                "reason", r.Reason, required: true,
                "Choose why the CMSL2040 is being re-issued: schedule dispute, incorrect or missing information, or FIU referral")
            .MaxLength("serviceRequest", r.ServiceRequest, 20);
        Deo? deo = null;
        if (r.DeoId is not { } deoId)
        {
            validation.Add("deoId", "Choose the DEO whose CMSL2040 is to be re-issued.");
        }
        else
        {
            deo = await db.Deos.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deoId, ct);
            if (deo is null)
            {
                validation.Add("deoId", $"No DEO has id {deoId}.");
            }
            else if (deo.EmployerErn != ern)
            {
                validation.Add("deoId", $"DEO {deoId} is not at employer {ern}.");
            }
        }

        var serviceRequest = string.IsNullOrWhiteSpace(r.ServiceRequest) ? null : r.ServiceRequest.Trim();
        if (serviceRequest is not null && serviceRequest.Length <= 20
            && !await db.ServiceRequests.IgnoreAutoIncludes().AnyAsync(s => s.Reference == serviceRequest && s.EmployerErn == ern, ct))
        {
            validation.Add("serviceRequest", $"Employer {ern} has no service request {serviceRequest}.");
        }

        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        if (deo!.Status == DeoStatus.Ended)
        {
            return new RuleBroken(
                $"DEO {deo.Id} for {deo.PayingParentName} ended{(deo.EndedOn is { } on ? " on " + Display.Date(on) : string.Empty)}: a CMSL2040 is only re-issued for an active DEO.");
        }

        var recipient = await recipients.ForEmployerAsync(ern, ct);
        if (!recipient.IsSuccess)
        {
            return recipient.Refusal!;
        }

        var reason = Validation.ParseEnum<Cmsl2040ReissueReason>(r.Reason!);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["employerName"] = recipient.Value!.Name,
            ["payingParentName"] = deo.PayingParentName,
            ["payingParentNino"] = deo.PayingParentNino,
            ["deductionAmount"] = DeoNoticeReasons.Amount(deo.Amount),
            ["deductionSchedule"] = DeoNoticeReasons.Schedule(deo.Schedule),
        };

        // CON-04 (contact suppressed) and template refusals stop here, before anything is added: nothing is saved.
        var letter = outbox.Queue(DeoNoticeReasons.LetterCode, recipient.Value, serviceRequest, fields, [DeoNoticeReasons.Paragraph(reason)], null, actor);
        if (!letter.IsSuccess)
        {
            return letter.Refusal!;
        }

        var note = new EmployerNote(ern, DeoNoticeReasons.NoteText(reason), actor, letter.Value!.CreatedAt);
        db.EmployerNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return new DeoNoticeReissuedDto(letter.Value.Id, note.Id);
    }

    public async Task<Result<IReadOnlyList<EmployerNoteDto>>> NotesAsync(string ern, CancellationToken ct)
    {
        if (!await db.Employers.AnyAsync(e => e.Ern == ern, ct))
        {
            return new NotFound($"No employer has ERN {ern}.");
        }

        return Result<IReadOnlyList<EmployerNoteDto>>.Ok(await ForEmployerAsync(ern, ct));
    }

    /// <summary>An employer's notes, newest first (the employer page shows them).</summary>
    public async Task<IReadOnlyList<EmployerNoteDto>> ForEmployerAsync(string ern, CancellationToken ct) =>
        await db.EmployerNotes.AsNoTracking()
            .Where(n => n.EmployerErn == ern)
            .OrderByDescending(n => n.Id)
            .Select(n => new EmployerNoteDto(n.Id, n.EmployerErn, n.Text, n.ByName, n.ByStaffNumber, n.At))
            .ToListAsync(ct);

    /// <summary>The DEOs a CMSL2040 can be re-issued for: the employer's active ones.</summary>
    public async Task<IReadOnlyList<ActiveDeoDto>> ActiveDeosAsync(string ern, CancellationToken ct) =>
        await db.Deos.AsNoTracking()
            .Where(d => d.EmployerErn == ern && d.Status == DeoStatus.Active)
            .OrderBy(d => d.PayingParentName).ThenBy(d => d.Id)
            .Select(d => new ActiveDeoDto(d.Id, d.PayingParentName, d.PayingParentNino, d.Amount, d.Schedule))
            .ToListAsync(ct);
}
