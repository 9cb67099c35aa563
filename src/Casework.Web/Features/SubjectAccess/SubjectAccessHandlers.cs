using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Casework.Web.Infrastructure.Security;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>
/// Subject access requests (CON-05): a caseworker logs one; it goes to the subject access team's inbox, due 40
/// calendar days after receipt; only that team exports everything held on the subject and completes it.
/// </summary>
public sealed class SubjectAccessHandlers(
    CaseworkDbContext db, CurrentActor actors, TimeProvider time, ReferenceNumbers references, SubjectLookup subjects, SubjectAccessExporter exporter,
    AccessAudit access)
{
    public async Task<Result<SubjectAccessRequestDto>> LogAsync(LogSubjectAccessRequestRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var validation = new Validation()
            .Required("subjectReference", r.SubjectReference, "Enter the SCIN or ERN of the person the request is about.")
            .Check(r.ReceivedInWriting is not null, "receivedInWriting", "Say whether the request was received in writing.")
            .Check(r.ReceivedOn is not null, "receivedOn", "Enter the date the request was received.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var subject = await subjects.FindAsync(r.SubjectReference!.Trim(), ct);
        if (subject is null)
        {
            return InvalidInput.For("subjectReference", $"No client or employer has reference {r.SubjectReference!.Trim()}.");
        }

        var now = time.GetUtcNow();
        // The domain checks the date and the in-writing rule before a reference is spent.
        var probe = SubjectAccessRequest.Log(new(string.Empty, subject.Reference, r.ReceivedOn!.Value, r.ReceivedInWriting!.Value, subject.Region), actor, now);
        if (!probe.IsSuccess)
        {
            return probe.Refusal!;
        }

        var reference = await references.NextSubjectAccessReferenceAsync(ct);
        var sar = SubjectAccessRequest.Log(new(reference, subject.Reference, r.ReceivedOn.Value, true, subject.Region), actor, now).Value!;
        db.SubjectAccessRequests.Add(sar);
        db.TeamTasks.Add(TeamTask.Create(
            new NewTeamTask(TeamTaskKind.SubjectAccessRequest, sar.TeamCode, subject.Reference, subject.Name,
                $"Subject access request received {sar.ReceivedOn:yyyy-MM-dd}. {sar.DueRule}", sar.DueOn)
            {
                SubjectAccessReference = sar.Reference,
            },
            sar.LoggedBy, now));
        await db.SaveChangesAsync(ct);
        return ToDto(sar, subject, Today);
    }

    public async Task<Result<SubjectAccessRequestDto>> GetAsync(string reference, CancellationToken ct)
    {
        var sar = await db.SubjectAccessRequests.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, ct);
        return sar is null ? Missing(reference) : ToDto(sar, await subjects.FindAsync(sar.SubjectReference, ct), Today);
    }

    /// <summary>The SAR's own audit trail, oldest first, in words (SR-08).</summary>
    public async Task<IReadOnlyList<AuditLine>> HistoryAsync(string reference, CancellationToken ct) =>
        [.. (await db.AuditEntries.AsNoTracking().Where(a => a.Subject == reference).OrderBy(a => a.Id).ToListAsync(ct))
            .Select(a => AuditWords.Seeded.Read(a))];

    public async Task<IReadOnlyList<SubjectAccessRequestDto>> ListOpenAsync(CancellationToken ct)
    {
        var open = await db.SubjectAccessRequests.AsNoTracking().Where(s => s.Status == SubjectAccessStatus.Logged)
            .OrderBy(s => s.DueOn).ThenBy(s => s.Id).Take(500).ToListAsync(ct);
        var list = new List<SubjectAccessRequestDto>();
        foreach (var sar in open)
        {
            list.Add(ToDto(sar, await subjects.FindAsync(sar.SubjectReference, ct), Today));
        }

        return list;
    }

    public async Task<Result<SubjectAccessExport>> ExportAsync(string reference, CancellationToken ct)
    {
        var sar = await db.SubjectAccessRequests.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (sar is null)
        {
            return Missing(reference);
        }

        var subject = await subjects.FindAsync(sar.SubjectReference, ct);
        if (subject is null)
        {
            return new NotFound($"The subject {sar.SubjectReference} of {reference} is no longer held.");
        }

        // SEC-09: the export is itself a view, and the subject is told who has looked at their record.
        await access.RecordAsync(AccessKinds.SarExport, subject.Reference, reference, ct);
        return await exporter.ExportAsync(sar, subject, await access.ForSubjectAsync(subject.Reference, ct), ct);
    }

    public async Task<Result<SubjectAccessRequestDto>> CompleteAsync(string reference, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var sar = await db.SubjectAccessRequests.FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (sar is null)
        {
            return Missing(reference);
        }

        var now = time.GetUtcNow();
        if (sar.Complete(actor, now) is { } refused)
        {
            return refused;
        }

        await db.TeamTasks.Where(t => t.Kind == TeamTaskKind.SubjectAccessRequest && t.SubjectAccessReference == reference && t.Status != TeamTaskStatus.Done)
            .ForEachAsync(t => t.DoneWithItsRecord($"Subject access request {reference} completed.", actor, now), ct);
        await db.SaveChangesAsync(ct);
        return ToDto(sar, await subjects.FindAsync(sar.SubjectReference, ct), Today);
    }

    private static NotFound Missing(string reference) => new($"No subject access request has reference {reference}.");

    private DateOnly Today => ServiceRequests.UkClock.Today(time);

    /// <summary>CAL-01: a SAR's deadline counts calendar days, not working days.</summary>
    private static SubjectAccessRequestDto ToDto(SubjectAccessRequest s, Subject? subject, DateOnly today) => new(
        s.Reference, s.SubjectReference, subject?.Kind ?? "Unknown", subject?.Name ?? s.SubjectReference, s.ReceivedOn, s.DueOn, s.DueRule,
        s.FeeApplies, s.Region, s.TeamCode, s.Status, s.LoggedBy, s.LoggedAt, s.CompletedAt, s.Version, s.DaysLeft(today));
}
