using System.Text;
using Casework.Domain.Correspondence;
using Casework.Web.Infrastructure.Letters.Rendering;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Casework.Web.Infrastructure.Letters;

/// <summary>A letter's document in its recipient's format; a re-issue is its covering letter followed by the original.</summary>
public sealed record LetterDocument(byte[] Bytes, string ContentType, string FileName);

public sealed class LetterDocuments(PdfLetterRenderer pdf, BrailleLetterRenderer braille)
{
    /// <summary>Why a letter cannot be produced on this machine yet (braille without liblouis, OPS-01), or null.</summary>
    public string? CannotRenderBecause(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.Format == LetterFormat.Braille && braille.Status is { Available: false } status ? status.Description : null;
    }

    public LetterDocument Render(Letter letter, CancellationToken ct = default)
    {
        var parts = new List<LetterContent>();
        if (letter.CoverContentJson is { } cover)
        {
            parts.Add(LetterOutbox.ContentOf(cover));
        }

        parts.Add(LetterOutbox.ContentOf(letter.ContentJson));
        var name = $"{letter.Id:D8}-{letter.Code}";
        if (letter.Format == LetterFormat.Braille)
        {
            var brf = new List<string>();
            foreach (var part in parts)
            {
                ct.ThrowIfCancellationRequested();
                brf.Add(braille.Render(part));
            }

            var text = string.Join("\f", brf);
            return new LetterDocument(Encoding.ASCII.GetBytes(text), "text/plain; charset=us-ascii", name + ".brf");
        }

        var large = letter.Format == LetterFormat.LargePrint;
        var pdfs = parts.Select(p => pdf.Render(p, large, ct)).ToList();
        return new LetterDocument(pdfs.Count == 1 ? pdfs[0] : Merge(pdfs), "application/pdf", name + ".pdf");
    }

    private static byte[] Merge(IEnumerable<byte[]> documents)
    {
        using var merged = new PdfDocument();
        foreach (var bytes in documents)
        {
            using var stream = new MemoryStream(bytes);
            using var part = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
            foreach (var page in part.Pages)
            {
                merged.AddPage(page);
            }
        }

        using var output = new MemoryStream();
        merged.Save(output);
        return output.ToArray();
    }
}
