using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>
/// Subject access requests (CON-05): logged, passed to the subject access team, due 40 calendar days after receipt,
/// no fee in Northern Ireland; the subject access team downloads everything held on the subject as one ZIP.
/// </summary>
public sealed class SubjectAccessHandlers(
    CaseworkDbContext db, CurrentActor actors, TimeProvider time, ReferenceNumbers references, SubjectAccessExport export)
{
    public async Task<Result<SubjectAccessRequestDto>> LogAsync(LogSubjectAccessRequestRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("subjectReference", r.SubjectReference, "Enter the SCIN of the person the request is about.")
            .Check(r.ReceivedOn is not null, "receivedOn", "Enter the date the request was received.")
            .Check(r.ReceivedInWriting is not null, "receivedInWriting", "Say whether the request was made in writing.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var scin = r.SubjectReference!.Trim();
        var client = await db.Clients.AsNoTracking().Where(c => c.Scin == scin).Select(c => new { c.Region }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return InvalidInput.For("subjectReference", $"No client has SCIN {scin}.");
        }

        var actor = await actors.RequireAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var logged = SubjectAccessRequest.Log(
            new LogSubjectAccessRequest(await references.NextSubjectAccessReferenceAsync(ct), scin, r.ReceivedOn!.Value, r.ReceivedInWriting!.Value, client.Region),
            actor, time.GetUtcNow());
        if (!logged.IsSuccess)
        {
            return logged.Refusal!;
        }

        db.SubjectAccessRequests.Add(logged.Value!);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Dto(logged.Value!);
    }

    public async Task<Result<SubjectAccessRequestDto>> GetAsync(string reference, CancellationToken ct) =>
        await db.SubjectAccessRequests.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, ct) is { } sar ? Dto(sar) : Missing(reference);

    public async Task<Result<SubjectAccessRequestDto>> CompleteAsync(string reference, CancellationToken ct)
    {
        var sar = await db.SubjectAccessRequests.FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (sar is null)
        {
            return Missing(reference);
        }

        if (sar.Complete(await actors.RequireAsync(ct), time.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(ct);
        return Dto(sar);
    }

    public async Task<Result<ExportFile>> ExportAsync(string reference, CancellationToken ct)
    {
        var sar = await db.SubjectAccessRequests.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (sar is null)
        {
            return Missing(reference);
        }

        if (!(await actors.RequireAsync(ct)).IsIn(Casework.Domain.Common.StaffRoles.SubjectAccess))
        {
            return new Forbidden("Only the subject access team can download what is held on the subject.");
        }

        return new ExportFile(await export.ZipAsync(sar, ct), $"{sar.Reference}-{sar.SubjectReference}.zip");
    }

    private static SubjectAccessRequestDto Dto(SubjectAccessRequest s) => new(
        s.Reference, s.SubjectReference, s.ReceivedOn, s.DueOn, s.DueRule, s.Region.ToString(), s.FeeApplies, s.TeamCode,
        s.Status.ToString(), s.LoggedAt, s.LoggedBy, s.CompletedAt);

    private static NotFound Missing(string reference) => new($"No subject access request has reference {reference}.");
}
