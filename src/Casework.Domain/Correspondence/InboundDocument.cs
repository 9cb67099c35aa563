using System.Security.Cryptography;
using Casework.Domain.Common;

namespace Casework.Domain.Correspondence;

/// <summary>
/// A piece of inbound correspondence: the supplier's scan of a letter or form, kept as a PDF and linked to
/// the service request it belongs to, so a caseworker can view it at any time (COR-06). It is never changed.
/// </summary>
public sealed class InboundDocument
{
    public const string PdfContentType = "application/pdf";

    /// <summary>20 MB: the largest scan accepted.</summary>
    public const long MaxSize = 20 * 1024 * 1024;

    public const int FileNameMaxLength = 255;

    public const int DescriptionMaxLength = 500;

    private InboundDocument()
    {
        ServiceRequestReference = FileName = ContentType = Sha256 = UploadedBy = string.Empty;
        Content = [];
    }

    private InboundDocument(
        string serviceRequestReference, string fileName, byte[] content, DateOnly? receivedOn, string? description, Actor by, DateTimeOffset at)
    {
        ServiceRequestReference = serviceRequestReference;
        FileName = fileName;
        ContentType = PdfContentType;
        Content = content;
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        ReceivedOn = receivedOn;
        Description = description;
        UploadedBy = by.Label;
        UploadedAt = at;
    }

    public int Id { get; private set; }

    public string ServiceRequestReference { get; private set; }

    /// <summary>The uploaded file's own name, without any folder part.</summary>
    public string FileName { get; private set; }

    /// <summary>Always application/pdf.</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex: proves the copy read back is the copy stored.</summary>
    public string Sha256 { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>The date the correspondence was received, as the scan says (optional).</summary>
    public DateOnly? ReceivedOn { get; private set; }

    public string? Description { get; private set; }

    /// <summary>"Name (staff number)", as the audit trail names people.</summary>
    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>A PDF starts with the <c>%PDF-</c> header, whatever the browser claimed its type was.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF-"u8);

    /// <summary>
    /// Links a scan to <paramref name="serviceRequestReference"/>. Refused (field <c>file</c>) when it is empty,
    /// over <see cref="MaxSize"/> or not a PDF; <c>receivedOn</c> cannot be after <paramref name="today"/>.
    /// </summary>
    public static Result<InboundDocument> Link(
        string serviceRequestReference, string? fileName, byte[] content, DateOnly? receivedOn, string? description,
        Actor by, DateTimeOffset at, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (content.Length == 0)
        {
            errors["file"] = ["The selected file is empty."];
        }
        else if (content.LongLength > MaxSize)
        {
            errors["file"] = ["The selected file must be smaller than 20 MB."];
        }
        else if (!IsPdf(content))
        {
            errors["file"] = ["The selected file must be a PDF."];
        }

        if (receivedOn is { } received && received > today)
        {
            errors["receivedOn"] = ["The date received must be today or in the past."];
        }

        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (description is { Length: > DescriptionMaxLength })
        {
            errors["description"] = [$"The description must be {DescriptionMaxLength} characters or fewer."];
        }

        if (errors.Count > 0)
        {
            return new InvalidInput(errors);
        }

        return new InboundDocument(serviceRequestReference, CleanFileName(fileName), content, receivedOn, description, by, at);
    }

    /// <summary>Just the name (browsers may send a path), without control characters, never blank, at most 255 characters.</summary>
    private static string CleanFileName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            name = "scan.pdf";
        }

        return name.Length <= FileNameMaxLength ? name : name[..(FileNameMaxLength - 4)] + ".pdf";
    }
}
