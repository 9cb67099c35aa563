using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters;
using Casework.Web.Infrastructure.Security;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>
/// CON-05 (beyond): the download for a SAR — <c>subject-data.json</c> with every record held about the subject,
/// one section per database table, and under <c>letters/</c> the documents of the letters sent to them.
/// Security hashes are left out (SEC-04): they disclose nothing and would only help an attacker.
/// </summary>
public sealed class SubjectAccessExporter(SubjectRecords records, LetterDocuments documents, TimeProvider time)
{
    public const string DataFile = "subject-data.json";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutSecretsAndPlumbing } },
    };

    public async Task<SubjectAccessExport> ExportAsync(SubjectAccessRequest sar, Subject subject, IReadOnlyList<AccessLogView> accessLog, CancellationToken ct)
    {
        var held = await records.ReadAsync(subject, ct);
        var sent = held.Letters.Where(l => l.Status == LetterStatus.Sent).OrderBy(l => l.Id).ToList();
        var files = sent.Select(l => (Letter: l, Document: documents.Render(l))).ToList();
        var data = new
        {
            subjectAccessRequest = sar.Reference,
            subject = new { subject.Kind, subject.Reference, subject.Name },
            generatedAt = time.GetUtcNow(),
            withheld = "Security hashes (PIN, password and answers are held only as salted hashes); other people's references on shared cases.",
            // SEC-09: the access log is held about the subject too: who looked at their record, letters and checks.
            tables = new Dictionary<string, object>(held.Tables, StringComparer.Ordinal) { ["AccessLog"] = accessLog },
            // The audit trail above as a person reads it: words, not codes; rule ids apart.
            history = held.Tables.TryGetValue("AuditEntries", out var audit) && audit is IEnumerable<Data.AuditEntry> entries
                ? entries.Select(e => new { subject = e.Subject, line = AuditWords.Seeded.Read(e) })
                    .Select(h => new { h.subject, at = h.line.At, by = h.line.By, what = h.line.What, before = h.line.Before, after = h.line.After, rules = h.line.Rules })
                    .ToList()
                : [],
            letterDocuments = files.Select(f => new { letterId = f.Letter.Id, f.Letter.Code, file = FileOf(f.Letter, f.Document) }),
        };

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = await zip.CreateEntry(DataFile).OpenAsync(ct))
            {
                await JsonSerializer.SerializeAsync(entry, data, _json, ct);
            }

            foreach (var (letter, document) in files)
            {
                await using var entry = await zip.CreateEntry(FileOf(letter, document)).OpenAsync(ct);
                await entry.WriteAsync(document.Bytes, ct);
            }
        }

        return new SubjectAccessExport($"{sar.Reference}-{subject.Reference}.zip", buffer.ToArray());
    }

    private static string FileOf(Letter letter, LetterDocument document) => $"letters/{letter.Id}-{document.FileName}";

    private static void LeaveOutSecretsAndPlumbing(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            var property = type.Properties[i];
            if (property.PropertyType == typeof(CallerSecrets) || property.Name is "pendingAudit" or "contentJson" or "coverContentJson")
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
