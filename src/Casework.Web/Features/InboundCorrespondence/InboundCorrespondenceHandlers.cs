using System.Globalization;
using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.InboundCorrespondence;

/// <summary>A scan as listed: everything but the bytes.</summary>
public sealed record InboundDocumentDto(
    int Id, string ServiceRequest, string FileName, string ContentType, long Size, string Sha256,
    DateOnly? ReceivedOn, string? Description, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A scan's bytes, to show in the browser.</summary>
public sealed record InboundFile(byte[] Bytes, string ContentType, string FileName);

/// <summary>Inbound correspondence (COR-06): link a scanned PDF to an SR, list an SR's scans, read one back.</summary>
public sealed class InboundCorrespondenceHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public const string AuditAction = "Inbound correspondence linked";

    /// <summary>What a request may carry: the 20 MB file plus the rest of the multipart form.</summary>
    public const long MaxRequestSize = InboundDocument.MaxSize + (1024 * 1024);

    public async Task<Result<IReadOnlyList<InboundDocumentDto>>> ListAsync(string reference, CancellationToken ct)
    {
        if (!await db.ServiceRequests.AnyAsync(s => s.Reference == reference, ct))
        {
            return MissingSr(reference);
        }

        // Projected, so listing never loads the PDFs themselves.
        var documents = await db.InboundDocuments.AsNoTracking()
            .Where(d => d.ServiceRequestReference == reference)
            .OrderBy(d => d.Id)
            .Select(d => new InboundDocumentDto(
                d.Id, d.ServiceRequestReference, d.FileName, d.ContentType, d.Size, d.Sha256, d.ReceivedOn, d.Description, d.UploadedBy, d.UploadedAt))
            .ToListAsync(ct);
        return documents;
    }

    /// <summary>
    /// Stores the scan and links it to the SR, with an audit entry on the SR in the same save.
    /// <paramref name="file"/> null means no file was sent.
    /// </summary>
    public async Task<Result<InboundDocumentDto>> UploadAsync(
        string reference, IFormFile? file, string? description, string? receivedOn, CancellationToken ct)
    {
        if (!await db.ServiceRequests.AnyAsync(s => s.Reference == reference, ct))
        {
            return MissingSr(reference);
        }

        if (file is null)
        {
            return InvalidInput.For("file", "Select the scanned PDF.");
        }

        if (file.Length > InboundDocument.MaxSize)
        {
            // Refused before reading it into memory.
            return InvalidInput.For("file", "The selected file must be smaller than 20 MB.");
        }

        DateOnly? received = null;
        if (!string.IsNullOrWhiteSpace(receivedOn))
        {
            if (!DateOnly.TryParseExact(receivedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return InvalidInput.For("receivedOn", "The date received must be a real date, like 2026-03-27.");
            }

            received = parsed;
        }

        byte[] content;
        await using (var stream = file.OpenReadStream())
        using (var buffer = new MemoryStream(checked((int)file.Length)))
        {
            await stream.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        var actor = await actors.RequireAsync(ct);
        var now = time.GetUtcNow();
        var linked = InboundDocument.Link(reference, Casework.Web.Infrastructure.Security.SafeFileName.Strip(file.FileName), content, received, description, actor, now, UkClock.DateOf(now));
        if (!linked.IsSuccess)
        {
            return linked.Refusal!;
        }

        var document = linked.Value!;
        db.InboundDocuments.Add(document);
        db.AuditEntries.Add(new AuditEntry
        {
            Subject = reference,
            At = now,
            By = document.UploadedBy,
            Action = AuditAction,
            After = document.FileName,
        });
        await db.SaveChangesAsync(ct);
        return ToDto(document);
    }

    public async Task<Result<InboundFile>> DocumentAsync(int id, CancellationToken ct)
    {
        var file = await db.InboundDocuments.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new InboundFile(d.Content, d.ContentType, d.FileName))
            .FirstOrDefaultAsync(ct);
        return file is null ? new NotFound($"No inbound document has id {id}.") : file;
    }

    public static InboundDocumentDto ToDto(InboundDocument d) => new(
        d.Id, d.ServiceRequestReference, d.FileName, d.ContentType, d.Size, d.Sha256, d.ReceivedOn, d.Description, d.UploadedBy, d.UploadedAt);

    private static NotFound MissingSr(string reference) => new($"No service request has reference {reference}.");
}
