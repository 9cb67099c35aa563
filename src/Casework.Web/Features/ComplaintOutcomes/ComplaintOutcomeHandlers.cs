using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>
/// Complaint outcomes (OUT-01..05): load the complaint's record (or open an empty one for a complaint SR that has
/// none yet), call one domain method, save. A refusal returns before saving, so it changes nothing. An SR that is
/// not a complaint is a 422 (the reference exists, but outcomes do not apply to it); no SR at all is a 404.
/// </summary>
public sealed partial class ComplaintOutcomeHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public async Task<Result<ComplaintRecordDto>> GetAsync(string reference, CancellationToken ct)
    {
        var record = await db.ComplaintRecords.AsNoTracking().FirstOrDefaultAsync(c => c.Reference == reference, ct);
        if (record is not null)
        {
            return ToDto(record);
        }

        // A complaint with no issues recorded yet reads as empty, at the level its SR's stage gives it.
        var opened = await OpenAsync(reference, ct);
        return opened.IsSuccess ? ToDto(opened.Value!) : opened.Refusal!;
    }

    public async Task<Result<IssueAddedDto>> AddIssueAsync(string reference, AddIssueRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("category", r.Category, "Enter the complaint category.")
            .MaxLength("category", r.Category, 200)
            .Required("issue", r.Issue, "Enter the complaint issue.")
            .MaxLength("issue", r.Issue, 2000);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        int number = 0;
        var refusal = await ChangeAsync(reference, r.Version, (c, by, at) =>
        {
            var added = c.AddIssue(r.Category!, r.Issue!, by, at);
            number = added.Value;
            return added.Refusal;
        }, ct);
        return refusal is null ? new IssueAddedDto(number) : Result<IssueAddedDto>.Refused(refusal);
    }

    public async Task<Result<ComplaintRecordDto>> RecordOutcomeAsync(string reference, int id, RecordOutcomeRequest r, CancellationToken ct)
    {
        var validation = new Validation().Enum<IssueOutcome>("outcome", r.Outcome, required: true, "Choose Upheld, NotUpheld, Withdrawn or Escalated");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var outcome = Validation.ParseEnum<IssueOutcome>(r.Outcome!);
        return await ChangeAndReadAsync(reference, r.Version, (c, by, at) => c.RecordOutcome(id, outcome, by, at), ct);
    }

    public async Task<Result<ComplaintRecordDto>> RecordRemedyAsync(string reference, RecordRemedyRequest r, CancellationToken ct)
    {
        var validation = new Validation().Required("remedy", r.Remedy, "Choose the remedy.");
        return validation.IsValid
            ? await ChangeAndReadAsync(reference, r.Version, (c, by, at) => c.RecordRemedy(r.Remedy, by, at), ct)
            : validation.ToRefusal();
    }

    private async Task<Result<ComplaintRecordDto>> ChangeAndReadAsync(
        string reference, int? version, Func<ComplaintRecord, Actor, DateTimeOffset, Refusal?> change, CancellationToken ct)
    {
        ComplaintRecord? changed = null;
        var refusal = await ChangeAsync(reference, version, (c, by, at) => change(changed = c, by, at), ct);
        return refusal is null ? ToDto(changed!) : Result<ComplaintRecordDto>.Refused(refusal);
    }

    /// <summary>A <paramref name="version"/> other than the record's (0 before its first write) is stale: 409, nothing changes.</summary>
    private async Task<Refusal?> ChangeAsync(
        string reference, int? version, Func<ComplaintRecord, Actor, DateTimeOffset, Refusal?> change, CancellationToken ct)
    {
        var record = await db.ComplaintRecords.FirstOrDefaultAsync(c => c.Reference == reference, ct);
        var isNew = record is null;
        if (record is null)
        {
            var opened = await OpenAsync(reference, ct);
            if (!opened.IsSuccess)
            {
                return opened.Refusal;
            }

            record = opened.Value!;
        }

        if (version is { } expected && expected != record.Version)
        {
            return new NotAllowedInState($"Complaint {reference} was changed by someone else (now version {record.Version}). Reload it and try again.");
        }

        if (change(record, await actors.RequireAsync(ct), time.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        if (isNew)
        {
            db.ComplaintRecords.Add(record);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (isNew)
        {
            // Two first writes raced: the unique reference let only one record in.
            return new NotAllowedInState($"Someone else started recording complaint {reference} at the same time. Reload it and try again.");
        }

        return null;
    }

    private async Task<Result<ComplaintRecord>> OpenAsync(string reference, CancellationToken ct)
    {
        var sr = await db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.Reference == reference)
            .Select(s => new { s.Area, s.SubArea })
            .FirstOrDefaultAsync(ct);
        return sr is null
            ? new NotFound($"No service request has reference {reference}.")
            : ComplaintRecord.Open(reference, sr.Area, sr.SubArea);
    }

    internal static ComplaintRecordDto ToDto(ComplaintRecord c) => new(
        c.Reference,
        c.Level,
        c.Issues.OrderBy(i => i.Number)
            .Select(i => new ComplaintIssueDto(i.Number, i.Category, i.Issue, i.Outcome, i.FinalisedBy, i.FinalisedAt))
            .ToList(),
        c.Outcome,
        c.Remedy,
        c.WrittenResponse is { } w ? new WrittenResponseDto(w.Required, w.SentOn, w.Summary) : null,
        c.InvestigationSteps.OrderBy(s => s.Number)
            .Select(s => new InvestigationStepDto(s.Number, s.Heading, s.Detail, s.Staff, s.RecordedBy, s.RecordedAt))
            .ToList(),
        c.Finalisation is { } f ? new FinalisationDto(f.Summary, f.Feedback, f.By, f.At) : null,
        c.Version);
}
