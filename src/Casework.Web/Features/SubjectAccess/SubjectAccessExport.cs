using System.IO.Compression;
using System.Text.Json;
using Casework.Domain.Contact;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>
/// CON-05 (beyond): everything held on the subject, assembled automatically — <c>subject.json</c> with every record
/// about them and <c>letters/</c> with each letter sent to them. Security hashes are left out: they are not
/// information about the person and would only help an attacker. Another person's SCIN on a shared case is left out too.
/// </summary>
public sealed class SubjectAccessExport(CaseworkDbContext db, LetterDocuments documents, TimeProvider time)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<byte[]> ZipAsync(SubjectAccessRequest sar, CancellationToken ct)
    {
        var scin = sar.SubjectReference;
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Scin == scin, ct);
        var cases = await db.ClientCases.AsNoTracking().Include(c => c.QualifyingChildren)
            .Where(c => c.PayingParentScin == scin || c.ReceivingParentScin == scin).OrderBy(c => c.CaseNumber).ToListAsync(ct);
        var representatives = await db.Representatives.AsNoTracking().Where(r => r.ActingForScin == scin).OrderBy(r => r.Id).ToListAsync(ct);
        CallerKind[] clientKinds = [CallerKind.PayingParent, CallerKind.ReceivingParent];
        var calls = await db.Calls.AsNoTracking().Where(c => c.CallerReference == scin && clientKinds.Contains(c.CallerKind)).OrderBy(c => c.Id).ToListAsync(ct);
        var requests = await db.SubjectAccessRequests.AsNoTracking().Where(s => s.SubjectReference == scin).OrderBy(s => s.Id).ToListAsync(ct);
        var letters = await db.Letters.AsNoTracking().Where(l => l.RecipientReference == scin && l.Status == LetterStatus.Sent).OrderBy(l => l.Id).ToListAsync(ct);
        string[] subjects = [$"Client {scin}", $"PayingParent {scin}", $"ReceivingParent {scin}", .. requests.Select(r => r.Reference)];
        var audit = await db.AuditEntries.AsNoTracking().Where(a => subjects.Contains(a.Subject)).OrderBy(a => a.Id).ToListAsync(ct);

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = new List<object>();
            foreach (var letter in letters)
            {
                var document = documents.Render(letter);
                var path = $"letters/{letter.Id}-{document.FileName}";
                await using (var entry = await archive.CreateEntry(path).OpenAsync(ct))
                {
                    await entry.WriteAsync(document.Bytes, ct);
                }

                files.Add(new { letter.Id, letter.Code, Status = letter.Status.ToString(), letter.CreatedAt, letter.SentAt, File = path });
            }

            var subject = new
            {
                Request = new { sar.Reference, sar.ReceivedOn, sar.DueOn },
                GeneratedAt = time.GetUtcNow(),
                Client = client is null ? null : new
                {
                    client.Scin, client.Name, Role = client.Role.ToString(), PreferredLanguage = client.PreferredLanguage.ToString(),
                    Region = client.Region.ToString(), client.ContactSuppressedBecause, SecuritySetUp = client.Secrets is not null,
                    SecurityQuestions = client.Secrets?.Questions.Select(q => q.Question).ToArray() ?? [],
                },
                RiskFlags = client?.RiskFlags.Select(f => new { Kind = f.Kind.ToString(), f.Note, f.RecordedAt, f.RecordedBy }).ToArray() ?? [],
                Cases = cases.Select(c => new
                {
                    c.CaseNumber,
                    RoleOnCase = c.PayingParentScin == scin ? "PayingParent" : "ReceivingParent",
                    QualifyingChildren = c.QualifyingChildren.Select(q => new { q.Name, q.DateOfBirth }),
                    Owner = c.Owner.ToString(),
                }),
                Representatives = representatives.Select(r => new { r.Trn, r.Name, r.PowerOfAttorney, r.EmployerErn, Status = r.Status.ToString(), r.RemovedBecause }),
                Calls = calls.Select(c => new
                {
                    c.Id, CallerType = c.CallerKind.ToString(), c.StartedAt, c.StartedBy, Status = c.Status.ToString(),
                    Questions = c.Questions.Select(q => q.Prompt), c.AnsweredAt, c.TransferTo, c.LockedUntil,
                }),
                SubjectAccessRequests = requests.Select(r => new { r.Reference, r.ReceivedOn, r.DueOn, Status = r.Status.ToString(), r.CompletedAt }),
                Letters = files,
                AuditTrail = audit.Select(a => new { a.Subject, a.At, a.By, a.Action, a.Before, a.After }),
            };
            await using var json = await archive.CreateEntry("subject.json").OpenAsync(ct);
            await JsonSerializer.SerializeAsync(json, subject, _json, ct);
        }

        return zip.ToArray();
    }
}
